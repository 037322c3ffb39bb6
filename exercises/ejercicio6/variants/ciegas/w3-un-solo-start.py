# MAL: un único tracemalloc.start() para las dos medidas; el pico "del generador" arrastra el pico de la lista
import tracemalloc


def suma_con_lista(n):
    return sum([i for i in range(n)])


def suma_con_generador(n):
    return sum(i for i in range(n))


n = 1_000_000
tracemalloc.start()

r1 = suma_con_lista(n)
_, pico1 = tracemalloc.get_traced_memory()

r2 = suma_con_generador(n)
_, pico2 = tracemalloc.get_traced_memory()

tracemalloc.stop()

print("Suma con lista: %d" % r1)
print("Suma con generador: %d" % r2)
print("Pico de memoria con lista: %d bytes" % pico1)
print("Pico de memoria con generador: %d bytes" % pico2)
