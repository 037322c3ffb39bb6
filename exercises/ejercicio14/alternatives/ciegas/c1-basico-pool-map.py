# BIEN: es_primo + contar_primos a nivel de módulo, 8 tramos, secuencial y luego Pool(2).map, guardia __main__
import multiprocessing
import time

LIMITE = 700_000
N_TRAMOS = 8


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
    return sum(1 for n in range(desde, hasta) if es_primo(n))


def main():
    paso = LIMITE // N_TRAMOS
    tramos = [(i * paso, (i + 1) * paso) for i in range(N_TRAMOS)]

    t0 = time.perf_counter()
    total_sec = 0
    for tramo in tramos:
        total_sec += contar_primos(tramo)
    t_sec = time.perf_counter() - t0
    print(f"Secuencial: {total_sec} primos en {t_sec:.2f} s")

    t0 = time.perf_counter()
    with multiprocessing.Pool(2) as pool:
        resultados = pool.map(contar_primos, tramos)
    total_par = sum(resultados)
    t_par = time.perf_counter() - t0
    print(f"Paralelo: {total_par} primos en {t_par:.2f} s")

    print(f"Aceleración: {t_sec / t_par:.2f} veces")


if __name__ == "__main__":
    main()
