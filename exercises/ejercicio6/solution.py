# Ejercicio 6: cuánta memoria cuesta una lista de un millón de números frente a un generador.
import sys
import tracemalloc

N = 10**6


def suma_con_lista(n):
    numeros = [i for i in range(n)]  # el millón de enteros existe a la vez en memoria
    return sum(numeros)


def suma_con_generador(n):
    return sum(i for i in range(n))  # cada número se crea, se suma y se descarta


def pico_de_memoria(funcion, n):
    """Devuelve lo que devuelve funcion(n) y el pico de memoria (bytes) durante la llamada."""
    tracemalloc.start()
    try:
        resultado = funcion(n)
        _, pico = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return resultado, pico


suma_l, pico_l = pico_de_memoria(suma_con_lista, N)
suma_g, pico_g = pico_de_memoria(suma_con_generador, N)
print(f"Suma con lista: {suma_l}")
print(f"Suma con generador: {suma_g}")
print(f"Pico de memoria con lista: {pico_l} bytes")
print(f"Pico de memoria con generador: {pico_g} bytes")
print(f"La lista necesitó unas {pico_l // max(pico_g, 1)} veces más memoria")

# getsizeof mide solo el objeto en sí, no lo que referencia: la lista son sus punteros
# (unos 8 MB); los enteros a los que apuntan ocupan aparte. El generador es diminuto.
lista = [i for i in range(N)]
generador = (i for i in range(N))
print(f"sys.getsizeof(lista): {sys.getsizeof(lista)} bytes")
print(f"sys.getsizeof(generador): {sys.getsizeof(generador)} bytes")
del lista  # libera los 8 MB de punteros (y los enteros) en cuanto no hacen falta
