# MAL: numeros guarda su posición en una variable global, por miedo a que
# las variables locales no sobrevivan entre yields. Las dos tuberías del
# programa corren una tras otra y la salida es la misma, pero dos tuberías
# vivas a la vez se pisan la posición.
from itertools import islice

N = 10**6


posicion = 0  # por dónde va numeros, guardado fuera para no perderlo entre yields


def numeros(n):
    """Genera 1, 2, ..., n de uno en uno."""
    global posicion
    posicion = 0
    while posicion < n:
        posicion += 1
        yield posicion


def cuadrados(iterable):
    """Genera el cuadrado de cada número que recibe."""
    for x in iterable:
        yield x * x


def solo_pares(iterable):
    """Deja pasar solo los números pares."""
    for x in iterable:
        if x % 2 == 0:
            yield x


# Crear la tubería no calcula nada todavía: solo prepara tres generadores.
primeros = list(islice(solo_pares(cuadrados(numeros(N))), 5))
print(f"Primeros cuadrados pares: {primeros}")

# Un generador se agota al recorrerlo: para sumar, montamos una tubería nueva.
total = sum(solo_pares(cuadrados(numeros(N))))
print(f"Suma de los cuadrados pares de 1 a {N}: {total}")
