# Ejercicio 7: generadores con yield.
# Guarda tu programa como ejercicio7.py y compruébalo con: pytutor check ejercicio7
from itertools import islice

N = 10**6


def numeros(n):
    """Genera 1, 2, ..., n de uno en uno."""
    # TODO: no construyas la lista entera; entrega cada número con yield.
    return list(range(1, n + 1))


def cuadrados(iterable):
    """Genera el cuadrado de cada número que recibe."""
    # TODO: recorre el iterable y entrega x * x con yield, de uno en uno.
    return [x * x for x in iterable]


def solo_pares(iterable):
    """Deja pasar solo los números pares."""
    # TODO: recorre el iterable y entrega con yield solo los pares.
    return [x for x in iterable if x % 2 == 0]


# TODO: imprime los cinco primeros cuadrados pares con islice, p. ej.
#       f"Primeros cuadrados pares: {primeros}"
primeros = list(islice(solo_pares(cuadrados(numeros(N))), 5))

# TODO: suma la tubería completa con sum() e imprime el total en una línea, p. ej.
#       f"Suma de los cuadrados pares de 1 a {N}: {total}"
