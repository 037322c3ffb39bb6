# WRONG: takes the first five by turning the whole pipeline into a list and slicing it, instead of islice (materializes all values in memory)
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

todos = list(solo_pares(cuadrados(numeros(N))))
print("Primeros cuadrados pares:", todos[:5])
print("Suma de los cuadrados pares de 1 a", N, ":", sum(todos))
