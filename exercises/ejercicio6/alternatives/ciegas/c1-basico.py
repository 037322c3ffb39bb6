# BIEN: lista por comprensión vs expresión generadora, un tracemalloc.start/stop por medida, f-strings
import sys
import tracemalloc


def suma_con_lista(n):
    numeros = [i for i in range(n)]
    return sum(numeros)


def suma_con_generador(n):
    numeros = (i for i in range(n))
    return sum(numeros)


N = 1_000_000

tracemalloc.start()
suma_lista = suma_con_lista(N)
_, pico_lista = tracemalloc.get_traced_memory()
tracemalloc.stop()

tracemalloc.start()
suma_gen = suma_con_generador(N)
_, pico_gen = tracemalloc.get_traced_memory()
tracemalloc.stop()

print(f"Suma con lista: {suma_lista}")
print(f"Suma con generador: {suma_gen}")
print(f"Pico de memoria con lista: {pico_lista} bytes")
print(f"Pico de memoria con generador: {pico_gen} bytes")
print(f"La lista necesitó unas {pico_lista // max(pico_gen, 1)} veces más memoria")
print(f"sys.getsizeof(lista): {sys.getsizeof([i for i in range(N)])} bytes")
print(f"sys.getsizeof(generador): {sys.getsizeof(i for i in range(N))} bytes")
