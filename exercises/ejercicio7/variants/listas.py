# MAL: no hay ningún yield. Cada función construye y devuelve una lista
# completa, así que la tubería guarda en memoria el millón de números (y sus
# cuadrados) a la vez. La salida es la correcta, pero no son generadores.
from itertools import islice

N = 10**6


def numeros(n):
    return list(range(1, n + 1))


def cuadrados(iterable):
    return [x * x for x in iterable]


def solo_pares(iterable):
    return [x for x in iterable if x % 2 == 0]


primeros = list(islice(solo_pares(cuadrados(numeros(N))), 5))
print(f"Primeros cuadrados pares: {primeros}")
total = sum(solo_pares(cuadrados(numeros(N))))
print(f"Suma de los cuadrados pares de 1 a {N}: {total}")
