# MAL: imprime la memoria actual (primer valor de get_traced_memory) tras la llamada, no el pico; la lista ya se liberó
import tracemalloc


def suma_con_lista(n):
    return sum([i for i in range(n)])


def suma_con_generador(n):
    return sum(i for i in range(n))


def medir(func, n):
    tracemalloc.start()
    resultado = func(n)
    memoria, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return resultado, memoria


suma_l, mem_l = medir(suma_con_lista, 1_000_000)
suma_g, mem_g = medir(suma_con_generador, 1_000_000)

print("Suma con lista:", suma_l)
print("Suma con generador:", suma_g)
print("Pico de memoria con lista:", mem_l, "bytes")
print("Pico de memoria con generador:", mem_g, "bytes")
