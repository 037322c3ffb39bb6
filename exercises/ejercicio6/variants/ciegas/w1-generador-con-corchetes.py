# MAL: la "versión generador" usa corchetes dentro de sum(), así que también construye la lista entera
import tracemalloc


def suma_con_lista(n):
    lista = [i for i in range(n)]
    return sum(lista)


def suma_con_generador(n):
    # sum() va consumiendo, así que esto ya es perezoso
    return sum([i for i in range(n)])


N = 1_000_000

tracemalloc.start()
s_lista = suma_con_lista(N)
_, pico_lista = tracemalloc.get_traced_memory()
tracemalloc.stop()

tracemalloc.start()
s_gen = suma_con_generador(N)
_, pico_gen = tracemalloc.get_traced_memory()
tracemalloc.stop()

print(f"Suma con lista: {s_lista}")
print(f"Suma con generador: {s_gen}")
print(f"Pico de memoria con lista: {pico_lista} bytes")
print(f"Pico de memoria con generador: {pico_gen} bytes")
