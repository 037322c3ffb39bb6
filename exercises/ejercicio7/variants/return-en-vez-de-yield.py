# MAL: solo_pares usa return en lugar de yield. return termina la función en
# el primer par y devuelve un número suelto, no una secuencia: solo_pares no
# es una función generadora y sum() falla con un TypeError.
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
    for x in iterable:
        if x % 2 == 0:
            return x


print(f"Primer cuadrado par: {solo_pares(cuadrados(numeros(N)))}")
total = sum(solo_pares(cuadrados(numeros(N))))
print(f"Suma de los cuadrados pares de 1 a {N}: {total}")
