# sum([...]) holds every value at once; stopping tracemalloc before the end does not hide that peak.
import tracemalloc

from itertools import islice

N = 10**6


def numeros(n):
    for i in range(1, n + 1):
        yield i


def cuadrados(iterable):
    for x in iterable:
        yield x * x


def solo_pares(iterable):
    for x in iterable:
        if x % 2 == 0:
            yield x


primeros = list(islice(solo_pares(cuadrados(numeros(N))), 5))
print("Primeros cuadrados pares:", primeros)

total = sum([x for x in solo_pares(cuadrados(numeros(N)))])
print(f"Suma de los cuadrados pares de 1 a {N}: {total}")

tracemalloc.stop()
