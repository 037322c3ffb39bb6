# Ejercicio 7: una tubería de generadores que procesa un millón de números
# sin guardarlos nunca en memoria.
from itertools import islice

N = 10**6


def numeros(n):
    """Genera 1, 2, ..., n de uno en uno."""
    i = 1
    while i <= n:
        yield i  # entrega un número y se pausa aquí hasta que pidan el siguiente
        i += 1


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
