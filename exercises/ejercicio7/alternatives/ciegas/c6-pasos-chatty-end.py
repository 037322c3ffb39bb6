# BIEN: monta la tubería por etapas con nombres, explica qué pasa, imprime con print(..., end=""); suma con tubería nueva
import itertools


def numeros(n):
    for numero in range(1, n + 1):
        yield numero


def cuadrados(iterable):
    for numero in iterable:
        yield numero * numero


def solo_pares(iterable):
    for numero in iterable:
        if numero % 2 == 0:
            yield numero


N = 10 ** 6

etapa1 = numeros(N)
etapa2 = cuadrados(etapa1)
etapa3 = solo_pares(etapa2)
print("Tubería montada (todavía no se ha calculado nada):", type(etapa3).__name__)

print("Primeros cuadrados pares: [", end="")
for posicion, valor in enumerate(itertools.islice(etapa3, 5)):
    if posicion:
        print(", ", end="")
    print(valor, end="")
print("]")

print("Esa tubería ya está a medias, así que monto otra para sumar...")
otra = solo_pares(cuadrados(numeros(N)))
print("Suma de los cuadrados pares de 1 a", N, end=": ")
print(sum(otra))
