# MAL: reutiliza para la suma la misma tubería ya gastada en parte por islice; faltan los cinco primeros valores
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
tuberia = solo_pares(cuadrados(numeros(N)))

print(f"Primeros cuadrados pares: {list(islice(tuberia, 5))}")
print(f"Suma de los cuadrados pares de 1 a {N}: {sum(tuberia)}")
