# MAL: las tres "etapas" construyen y devuelven listas completas (no son generadoras); el millón de números vive en memoria
from itertools import islice


def numeros(n):
    return list(range(1, n + 1))


def cuadrados(iterable):
    return [x * x for x in iterable]


def solo_pares(iterable):
    return [x for x in iterable if x % 2 == 0]


N = 10**6
print("Primeros cuadrados pares:", list(islice(solo_pares(cuadrados(numeros(N))), 5)))
print("Suma de los cuadrados pares de 1 a", N, ":", sum(solo_pares(cuadrados(numeros(N)))))
