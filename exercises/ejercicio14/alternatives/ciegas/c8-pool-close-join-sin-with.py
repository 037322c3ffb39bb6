# BIEN: Pool(2) sin with pero con close() y join() explícitos; pool.map; resultados por tramo; guardia __main__
import multiprocessing
import time

TOTAL = 700000
TRAMOS = 8


def es_primo(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    raiz = int(n ** 0.5)
    for d in range(3, raiz + 1, 2):
        if n % d == 0:
            return False
    return True


def contar_primos(tramo):
    desde, hasta = tramo
    c = 0
    for n in range(desde, hasta):
        if es_primo(n):
            c += 1
    return c


def main():
    paso = TOTAL // TRAMOS
    tramos = list(zip(range(0, TOTAL, paso), range(paso, TOTAL + 1, paso)))

    inicio = time.perf_counter()
    parciales = []
    for t in tramos:
        parciales.append(contar_primos(t))
    tiempo_sec = time.perf_counter() - inicio
    print("Secuencial: " + str(sum(parciales)) + " primos en " + str(round(tiempo_sec, 2)) + " s")

    inicio = time.perf_counter()
    pool = multiprocessing.Pool(2)
    try:
        parciales_par = pool.map(contar_primos, tramos)
    finally:
        pool.close()
        pool.join()
    tiempo_par = time.perf_counter() - inicio
    print("Paralelo: " + str(sum(parciales_par)) + " primos en " + str(round(tiempo_par, 2)) + " s")
    print("Por tramo:", parciales_par)
    print("Aceleración: " + str(round(tiempo_sec / tiempo_par, 2)) + " veces")


if __name__ == "__main__":
    main()
