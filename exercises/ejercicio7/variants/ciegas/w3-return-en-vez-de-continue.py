# MAL: en solo_pares usa return para "saltar" los impares; el generador termina en el primer impar y no entrega nada
from itertools import islice


def numeros(n):
    for i in range(1, n + 1):
        yield i


def cuadrados(iterable):
    for x in iterable:
        yield x * x


def solo_pares(iterable):
    for x in iterable:
        if x % 2 != 0:
            return          # me salto los impares
        yield x


N = 10**6
print("Primeros cuadrados pares:", list(islice(solo_pares(cuadrados(numeros(N))), 5)))
print("Suma de los cuadrados pares de 1 a %d: %d" % (N, sum(solo_pares(cuadrados(numeros(N))))))
