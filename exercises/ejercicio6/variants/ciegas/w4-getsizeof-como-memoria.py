# MAL: usa sys.getsizeof en vez de tracemalloc como "memoria usada" (solo cuenta punteros / el objeto generador, no lo reservado)
import sys


def suma_con_lista(n):
    return sum([i for i in range(n)])


def suma_con_generador(n):
    return sum(i for i in range(n))


N = 1_000_000
memoria_lista = sys.getsizeof([i for i in range(N)])
memoria_gen = sys.getsizeof(i for i in range(N))

print("Suma con lista: {}".format(suma_con_lista(N)))
print("Suma con generador: {}".format(suma_con_generador(N)))
print("Pico de memoria con lista: {} bytes".format(memoria_lista))
print("Pico de memoria con generador: {} bytes".format(memoria_gen))
print("La lista necesitó unas {} veces más memoria".format(memoria_lista // memoria_gen))
