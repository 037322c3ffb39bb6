# MAL: calcula la suma con una fórmula cerrada en vez de recorrer la tubería; los generadores solo se usan para los cinco primeros
from itertools import islice


def numeros(n):
    for i in range(1, n + 1):
        yield i


def cuadrados(iterable):
    for x in iterable:
        yield x * x


def solo_pares(iterable):
    for x in iterable:
        if x % 2 == 0:
            yield x


N = 10**6
print("Primeros cuadrados pares:", list(islice(solo_pares(cuadrados(numeros(N))), 5)))

# suma de (2k)^2 para k = 1..N/2  ->  4 * m(m+1)(2m+1)/6
m = N // 2
total = 4 * m * (m + 1) * (2 * m + 1) // 6
print("Suma de los cuadrados pares de 1 a", N, ":", total)
