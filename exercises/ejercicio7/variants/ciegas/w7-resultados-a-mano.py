# MAL: define las funciones pero no usa la tubería: imprime los cinco valores y la suma escritos a mano
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
print("Primeros cuadrados pares: [4, 16, 36, 64, 100]")
print("Suma de los cuadrados pares de 1 a 1000000: 166667166667000000")
