# MAL: numeros(n) usa range(n), así que genera 0, 1, ..., n-1 en lugar de
# 1, 2, ..., n. Se cuela el 0 y se pierde el n: el total sale distinto.
from itertools import islice

N = 10**6


def numeros(n):
    for i in range(n):
        yield i


def cuadrados(iterable):
    for x in iterable:
        yield x * x


def solo_pares(iterable):
    for x in iterable:
        if x % 2 == 0:
            yield x


primeros = list(islice(solo_pares(cuadrados(numeros(N))), 5))
print(f"Primeros cuadrados pares: {primeros}")
total = sum(solo_pares(cuadrados(numeros(N))))
print(f"Suma de los cuadrados pares de 1 a {N}: {total}")
