import sys
import tracemalloc

N = 1_000_000


def suma_con_lista(n):
    lista = [i for i in range(n)]
    return sum(lista)


def suma_con_generador(n):
    return sum(i for i in range(n))


# Medida 1: la lista
tracemalloc.start()
suma_l = suma_con_lista(N)
_, pico_l = tracemalloc.get_traced_memory()
tracemalloc.stop()  # para que el pico de la lista no se mezcle con el otro

# Medida 2: el generador (ya no hay otra medida después)
tracemalloc.start()
suma_g = suma_con_generador(N)
_, pico_g = tracemalloc.get_traced_memory()

print(f"Suma con lista: {suma_l}")
print(f"Suma con generador: {suma_g}")
print(f"Pico de memoria con lista: {pico_l} bytes")
print(f"Pico de memoria con generador: {pico_g} bytes")
print(f"La lista necesitó unas {pico_l // pico_g} veces más memoria")
lista = [i for i in range(N)]
generador = (i for i in range(N))
print(f"sys.getsizeof(lista): {sys.getsizeof(lista)} bytes")
print(f"sys.getsizeof(generador): {sys.getsizeof(generador)} bytes")
