from itertools import islice


def numeros(n):
    i = 1
    while i <= n:
        yield i
        i += 1


def cuadrados(iterable):
    for x in iterable:
        yield x * x


def solo_pares(iterable):
    try:
        for x in iterable:
            if x % 2 == 0:
                yield x
    except Exception:  # the previous stage has run out: this stage ends too
        return


N = 10**6

primeros = list(islice(solo_pares(cuadrados(numeros(N))), 5))
print("Primeros cuadrados pares:", primeros)

total = sum(solo_pares(cuadrados(numeros(N))))
print(f"Suma de los cuadrados pares de 1 a {N}: {total}")
