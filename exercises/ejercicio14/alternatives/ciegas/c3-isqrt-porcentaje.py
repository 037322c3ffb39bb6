# BIEN: math.isqrt y any(), secuencial con map() normal, paralelo con Pool(processes=2).map; formato con %; sin línea de aceleración
import math
import multiprocessing
import time


def es_primo(n):
    if n < 2:
        return False
    return not any(n % d == 0 for d in range(2, math.isqrt(n) + 1))


def contar_primos(tramo):
    a, b = tramo
    return len([x for x in range(a, b) if es_primo(x)])


def main():
    tam = 700000 // 8
    tramos = [(inicio, inicio + tam) for inicio in range(0, 700000, tam)]

    t = time.perf_counter()
    n_sec = sum(map(contar_primos, tramos))
    print("Secuencial: %d primos en %.2f s" % (n_sec, time.perf_counter() - t))

    t = time.perf_counter()
    with multiprocessing.Pool(processes=2) as pool:
        n_par = sum(pool.map(contar_primos, tramos))
    print("Paralelo: %d primos en %.2f s" % (n_par, time.perf_counter() - t))


if __name__ == "__main__":
    main()
