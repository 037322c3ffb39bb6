# MAL: llama a la función antes de tracemalloc.start(); mide un intervalo vacío, no la memoria de la llamada
import tracemalloc


def suma_con_lista(n):
    numeros = [i for i in range(n)]
    return sum(numeros)


def suma_con_generador(n):
    return sum(i for i in range(n))


N = 1_000_000

resultado_lista = suma_con_lista(N)
tracemalloc.start()
_, pico_lista = tracemalloc.get_traced_memory()
tracemalloc.stop()

resultado_gen = suma_con_generador(N)
tracemalloc.start()
_, pico_gen = tracemalloc.get_traced_memory()
tracemalloc.stop()

print(f"Suma con lista: {resultado_lista}")
print(f"Suma con generador: {resultado_gen}")
print(f"Pico de memoria con lista: {pico_lista} bytes")
print(f"Pico de memoria con generador: {pico_gen} bytes")
