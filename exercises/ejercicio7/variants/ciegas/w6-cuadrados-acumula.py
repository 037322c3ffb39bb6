# MAL: cuadrados acumula todos los cuadrados en una lista y solo al final los entrega con yield; no es perezoso
import itertools


def numeros(n):
    i = 1
    while i <= n:
        yield i
        i += 1


def cuadrados(iterable):
    resultado = []
    for x in iterable:
        resultado.append(x * x)
    for c in resultado:
        yield c


def solo_pares(iterable):
    for x in iterable:
        if x % 2 == 0:
            yield x


N = 1_000_000
primeros = list(itertools.islice(solo_pares(cuadrados(numeros(N))), 5))
print("First even squares:", primeros)
print("Total:", sum(solo_pares(cuadrados(numeros(N)))))
