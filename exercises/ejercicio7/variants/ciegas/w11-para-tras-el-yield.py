from itertools import islice


def numeros(n):
    i = 1
    while True:
        yield i
        if i == n:
            return
        i += 1


def cuadrados(iterable):
    for x in iterable:
        yield x * x


def solo_pares(iterable):
    for x in iterable:
        if x % 2 == 0:
            yield x


N = 10**6

primeros = list(islice(solo_pares(cuadrados(numeros(N))), 5))
print("Primeros cuadrados pares:", primeros)

total = sum(solo_pares(cuadrados(numeros(N))))
print(f"Suma de los cuadrados pares de 1 a {N}: {total}")
