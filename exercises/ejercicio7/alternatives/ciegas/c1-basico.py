# BIEN: tres funciones con for + yield, islice para los cinco primeros y una tubería nueva para la suma
from itertools import islice


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


N = 10**6

tuberia = solo_pares(cuadrados(numeros(N)))
primeros = list(islice(tuberia, 5))
print(f"Primeros cuadrados pares: {primeros}")

total = sum(solo_pares(cuadrados(numeros(N))))
print(f"Suma de los cuadrados pares de 1 a {N}: {total}")
