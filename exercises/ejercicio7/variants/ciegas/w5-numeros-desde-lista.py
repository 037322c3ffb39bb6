# MAL: numeros usa yield pero primero guarda el millón de números en una lista y luego la recorre
from itertools import islice


def numeros(n):
    todos = list(range(1, n + 1))
    for i in todos:
        yield i


def cuadrados(iterable):
    for x in iterable:
        yield x * x


def solo_pares(iterable):
    for x in iterable:
        if x % 2 == 0:
            yield x


N = 10**6
print("Primeros cuadrados pares:", list(islice(solo_pares(cuadrados(numeros(N))), 5)))
print("Suma de los cuadrados pares de 1 a", N, "=", sum(solo_pares(cuadrados(numeros(N)))))
