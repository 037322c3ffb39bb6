# MAL: las funciones no usan yield: devuelven expresiones generadoras (lo que el enunciado excluye); no son funciones generadoras
from itertools import islice


def numeros(n):
    return (i for i in range(1, n + 1))


def cuadrados(iterable):
    return (x * x for x in iterable)


def solo_pares(iterable):
    return (x for x in iterable if x % 2 == 0)


N = 10**6
print("Primeros cuadrados pares: {}".format(list(islice(solo_pares(cuadrados(numeros(N))), 5))))
print("Suma de los cuadrados pares de 1 a {}: {}".format(N, sum(solo_pares(cuadrados(numeros(N))))))
