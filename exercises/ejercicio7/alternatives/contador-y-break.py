# Alternativa: itertools.count con break, bucles for clásicos y una función main.
from itertools import count, islice


def numeros(n):
    for i in count(1):
        if i > n:
            break
        yield i


def cuadrados(iterable):
    for valor in iterable:
        cuadrado = valor ** 2
        yield cuadrado


def solo_pares(iterable):
    for valor in iterable:
        if valor % 2:
            continue
        yield valor


def main():
    n = 10**6
    cinco = tuple(islice(solo_pares(cuadrados(numeros(n))), 5))
    print(f"Los cinco primeros: {cinco}")
    suma = 0
    for valor in solo_pares(cuadrados(numeros(n))):
        suma += valor
    print(f"La suma de los cuadrados pares hasta {n} es {suma}")


if __name__ == "__main__":
    main()
