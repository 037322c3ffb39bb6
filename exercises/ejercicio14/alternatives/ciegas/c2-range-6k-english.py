# BIEN: tramos como objetos range, es_primo con 6k±1, salida en inglés, Pool(2).map con with
from multiprocessing import Pool
from time import perf_counter

N = 700000
PIECES = 8


def es_primo(n):
    if n <= 3:
        return n >= 2
    if n % 2 == 0 or n % 3 == 0:
        return False
    i = 5
    while i * i <= n:
        if n % i == 0 or n % (i + 2) == 0:
            return False
        i += 6
    return True


def contar_primos(tramo):
    # tramo es un range(desde, hasta)
    count = 0
    for n in tramo:
        if es_primo(n):
            count += 1
    return count


def main():
    size = N // PIECES
    chunks = [range(k * size, (k + 1) * size) for k in range(PIECES)]

    start = perf_counter()
    seq = sum(contar_primos(c) for c in chunks)
    seq_time = perf_counter() - start
    print(f"Sequential: {seq} primes in {seq_time:.2f} s")

    start = perf_counter()
    with Pool(2) as pool:
        par = sum(pool.map(contar_primos, chunks))
    par_time = perf_counter() - start
    print(f"Parallel: {par} primes in {par_time:.2f} s")
    print(f"Speedup: {seq_time / par_time:.2f}x")


if __name__ == "__main__":
    main()
