# BIEN: un decorador @medir devuelve (resultado, segundos); la versión paralela usa Pool(2).map; guardia __main__
import functools
import multiprocessing
import time


def medir(func):
    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        t0 = time.perf_counter()
        resultado = func(*args, **kwargs)
        return resultado, time.perf_counter() - t0
    return envoltura


def es_primo(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return False
    return True


def contar_primos(tramo):
    inicio, fin = tramo
    total = 0
    for n in range(inicio, fin):
        total += es_primo(n)
    return total


@medir
def secuencial(tramos):
    return sum(contar_primos(t) for t in tramos)


@medir
def paralelo(tramos):
    with multiprocessing.Pool(2) as pool:
        return sum(pool.map(contar_primos, tramos))


def main():
    tramos = [(i * 87500, (i + 1) * 87500) for i in range(8)]
    n1, s1 = secuencial(tramos)
    print(f"Secuencial -> {n1} primos en {s1:.2f} s")
    n2, s2 = paralelo(tramos)
    print(f"Paralelo -> {n2} primos en {s2:.2f} s")
    print(f"El paralelo ha sido {s1 / s2:.2f} veces más rápido")


if __name__ == "__main__":
    main()
