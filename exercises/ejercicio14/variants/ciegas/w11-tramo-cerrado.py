import multiprocessing
import time

N = 700_000
PARTES = 8


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
    return sum(1 for n in range(desde, hasta + 1) if es_primo(n))


def main():
    tamano = N // PARTES
    tramos = [(desde, desde + tamano) for desde in range(0, N, tamano)]

    inicio = time.perf_counter()
    total_sec = sum(contar_primos(t) for t in tramos)
    t_sec = time.perf_counter() - inicio
    print(f"Secuencial: {total_sec} primos en {t_sec:.2f} s")

    inicio = time.perf_counter()
    with multiprocessing.Pool(2) as pool:
        total_par = sum(pool.map(contar_primos, tramos))
    t_par = time.perf_counter() - inicio
    print(f"Paralelo: {total_par} primos en {t_par:.2f} s")
    print(f"Aceleración: {t_sec / t_par:.2f} veces")


if __name__ == "__main__":
    main()
