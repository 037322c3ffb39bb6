import sys
import tracemalloc

N = 1_000_000


def suma_con_lista(n):
    lista = [i for i in range(n)]
    return sum(lista)


def suma_con_generador(n):
    # 0 + 1 + ... + (n-1): así no hace falta guardar ningún número
    return n * (n - 1) // 2


def medir(funcion, n):
    tracemalloc.start()
    resultado = funcion(n)
    _, pico = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return resultado, pico


suma_l, pico_l = medir(suma_con_lista, N)
suma_g, pico_g = medir(suma_con_generador, N)

print(f"Suma con lista: {suma_l}")
print(f"Suma con generador: {suma_g}")
print(f"Pico de memoria con lista: {pico_l} bytes")
print(f"Pico de memoria con generador: {pico_g} bytes")
print(f"sys.getsizeof(lista): {sys.getsizeof([i for i in range(N)])} bytes")
print(f"sys.getsizeof(generador): {sys.getsizeof(i for i in range(N))} bytes")
