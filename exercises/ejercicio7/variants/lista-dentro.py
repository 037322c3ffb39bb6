# MAL: parecen generadores (usan yield), pero cada uno construye primero la
# lista entera y luego la entrega con yield from. inspect los reconoce como
# funciones generadoras, pero la memoria crece con n: no son perezosos.
from itertools import islice

N = 10**6


def numeros(n):
    todos = list(range(1, n + 1))
    yield from todos


def cuadrados(iterable):
    resultado = [x * x for x in iterable]
    yield from resultado


def solo_pares(iterable):
    pares = [x for x in iterable if x % 2 == 0]
    yield from pares


primeros = list(islice(solo_pares(cuadrados(numeros(N))), 5))
print(f"Primeros cuadrados pares: {primeros}")
total = sum(solo_pares(cuadrados(numeros(N))))
print(f"Suma de los cuadrados pares de 1 a {N}: {total}")
