# BIEN: imprime los cinco primeros unidos con join mediante sys.stdout.write; suma con sum() sobre tubería nueva
import sys
from itertools import islice


def numeros(n):
    k = 0
    while k < n:
        k += 1
        yield k


def cuadrados(iterable):
    for elemento in iterable:
        cuadrado = elemento * elemento
        yield cuadrado


def solo_pares(iterable):
    for elemento in iterable:
        if elemento % 2:
            continue
        yield elemento


N = 10 ** 6
primeros = islice(solo_pares(cuadrados(numeros(N))), 5)
sys.stdout.write("Primeros cuadrados pares: " + ", ".join(str(p) for p in primeros) + "\n")
sys.stdout.write("Suma total: " + str(sum(solo_pares(cuadrados(numeros(N))))) + "\n")
