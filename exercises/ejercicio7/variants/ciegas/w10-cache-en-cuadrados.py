import functools
from itertools import islice

N = 10**6


@functools.lru_cache(maxsize=None)
def cuadrado(x):
    return x * x


def numeros(n):
    for i in range(1, n + 1):
        yield i


def cuadrados(iterable):
    for x in iterable:
        yield cuadrado(x)


def solo_pares(iterable):
    for x in iterable:
        if x % 2 == 0:
            yield x


print("Primeros cuadrados pares:", list(islice(solo_pares(cuadrados(numeros(N))), 5)))
print(f"Suma de los cuadrados pares de 1 a {N}:", sum(solo_pares(cuadrados(numeros(N)))))
