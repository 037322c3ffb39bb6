from itertools import islice

N = 10**6


def numeros(n):
    i = 1
    while i <= n:
        yield i
        i += 1


def cuadrados(iterable):
    for x in iterable:
        yield x * x


def solo_pares(iterable):
    # compruebo que llegan enteros antes de empezar a filtrar
    muestra = next(iter(iterable), 0)
    if not isinstance(muestra, int):
        raise TypeError("solo_pares necesita números enteros")
    for x in iterable:
        if x % 2 == 0:
            yield x


primeros = list(islice(solo_pares(cuadrados(numeros(N))), 5))
print("Primeros cuadrados pares:", primeros)
total = sum(solo_pares(cuadrados(numeros(N))))
print(f"Suma de los cuadrados pares de 1 a {N}: {total}")
