# BIEN: mide cada función por separado, muestra también sys.getsizeof de lista y generador, usa .format
import sys
import tracemalloc

N = 1_000_000


def suma_con_lista(n):
    return sum([x for x in range(n)])


def suma_con_generador(n):
    return sum(x for x in range(n))


def pico_de(funcion):
    tracemalloc.start()
    resultado = funcion(N)
    actual, pico = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return resultado, pico


res_l, pico_l = pico_de(suma_con_lista)
res_g, pico_g = pico_de(suma_con_generador)

print("Resultado (lista): {}".format(res_l))
print("Resultado (generador): {}".format(res_g))
print("Memoria pico lista: {} bytes".format(pico_l))
print("Memoria pico generador: {} bytes".format(pico_g))
print("Diferencia: la lista usa {:,} veces más".format(pico_l // pico_g))

lista = [x for x in range(N)]
generador = (x for x in range(N))
print("sys.getsizeof(lista) = {} bytes".format(sys.getsizeof(lista)))
print("sys.getsizeof(generador) = {} bytes".format(sys.getsizeof(generador)))
del lista
