# MAL: reparte el cálculo de CPU con ThreadPoolExecutor (hilos): por el GIL no calculan a la vez y no hay procesos
import time
from concurrent.futures import ThreadPoolExecutor


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
    tramos = [(i * 87500, (i + 1) * 87500) for i in range(8)]

    t0 = time.perf_counter()
    sec = sum(contar_primos(t) for t in tramos)
    t_sec = time.perf_counter() - t0
    print(f"Secuencial: {sec} primos en {t_sec:.2f} s")

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as ex:
        par = sum(ex.map(contar_primos, tramos))
    t_par = time.perf_counter() - t0
    print(f"Paralelo: {par} primos en {t_par:.2f} s")
    print(f"Aceleración: {t_sec / t_par:.2f} veces")


if __name__ == "__main__":
    main()
