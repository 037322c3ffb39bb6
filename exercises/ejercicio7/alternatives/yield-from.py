# Alternativa: yield from y otra redacción de la salida.
import itertools


def numeros(n):
    # range es perezoso: no guarda el millón de números, los calcula al vuelo.
    yield from range(1, n + 1)


def cuadrados(iterable):
    yield from (x * x for x in iterable)


def solo_pares(iterable):
    yield from filter(lambda x: x % 2 == 0, iterable)


limite = 1_000_000
tubo = solo_pares(cuadrados(numeros(limite)))
print("First even squares:", " ".join(str(x) for x in itertools.islice(tubo, 5)))
print(f"Total = {sum(solo_pares(cuadrados(numeros(limite))))}")
