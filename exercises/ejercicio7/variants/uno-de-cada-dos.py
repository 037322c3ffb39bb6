# MAL: solo_pares se queda con uno de cada dos valores por su posición, porque
# en esta tubería los cuadrados alternan impar y par. La salida es la misma,
# pero no filtra por el valor: con [2, 4, 5, 6] deja [4, 6].
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
    # Los cuadrados alternan impar, par, impar...: me quedo con uno de cada dos.
    for posicion, x in enumerate(iterable):
        if posicion % 2 == 1:
            yield x


# Crear la tubería no calcula nada todavía: solo prepara tres generadores.
primeros = list(islice(solo_pares(cuadrados(numeros(N))), 5))
print(f"Primeros cuadrados pares: {primeros}")

# Un generador se agota al recorrerlo: para sumar, montamos una tubería nueva.
total = sum(solo_pares(cuadrados(numeros(N))))
print(f"Suma de los cuadrados pares de 1 a {N}: {total}")
