import multiprocessing
import time

N = 700_000
PARTES = 8
TAMANO = N // PARTES
TRAMOS = [(i * TAMANO, (i + 1) * TAMANO) for i in range(PARTES)]

recuentos = {}


def es_primo(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def contar_primos(tramo):
    desde, hasta = tramo
    cuenta = 0
    for n in range(desde, hasta):
        if es_primo(n):
            cuenta += 1
    recuentos[tramo] = cuenta


def main():
    inicio = time.perf_counter()
    for tramo in TRAMOS:
        contar_primos(tramo)
    secuencial = time.perf_counter() - inicio
    print(f"Secuencial: {sum(recuentos.values())} primos en {secuencial:.2f} s")

    inicio = time.perf_counter()
    with multiprocessing.Pool(2) as pool:
        pool.map(contar_primos, TRAMOS)
    paralelo = time.perf_counter() - inicio
    print(f"Paralelo: {sum(recuentos.values())} primos en {paralelo:.2f} s")
    print(f"Aceleración: {secuencial / paralelo:.2f} veces")


if __name__ == "__main__":
    main()
