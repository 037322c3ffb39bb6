import time
import multiprocessing


def es_primo(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return False
    return True


def contar_primos(tramo):
    desde, hasta = tramo
    return sum(1 for n in range(desde, hasta) if es_primo(n))


def main():
    tam = 700000 // 8
    tramos = [(i * tam, (i + 1) * tam) for i in range(8)]

    inicio = time.perf_counter()
    total = sum(contar_primos(t) for t in tramos)
    t_sec = time.perf_counter() - inicio
    print(f"Secuencial: {total} primos en {t_sec:.2f} s")

    with multiprocessing.Pool(2) as pool:
        resultados = pool.map(contar_primos, tramos)
        inicio = time.perf_counter()
        total = sum(resultados)
    t_par = time.perf_counter() - inicio
    print(f"Paralelo: {total} primos en {t_par:.2f} s")
    print(f"Aceleración: {t_sec / t_par:.2f} veces")


if __name__ == "__main__":
    main()
