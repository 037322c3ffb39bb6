# BIEN: numeros con yield from range(...), pares con &, formato %, total acumulado con un for
from itertools import islice


def numeros(n):
    yield from range(1, n + 1)


def cuadrados(iterable):
    for num in iterable:
        yield num * num


def solo_pares(iterable):
    for num in iterable:
        if (num & 1) == 0:
            yield num


N = 1000000

cinco = list(islice(solo_pares(cuadrados(numeros(N))), 5))
print("Primeros cuadrados pares: %s" % cinco)

acumulado = 0
for valor in solo_pares(cuadrados(numeros(N))):
    acumulado += valor
print("Suma de los cuadrados pares de 1 a %d: %d" % (N, acumulado))
