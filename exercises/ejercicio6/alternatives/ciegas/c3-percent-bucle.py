# BIEN: la lista se construye con append en un bucle; el generador se recorre con un for acumulando; formato %
import tracemalloc


def suma_con_lista(n):
    lista = []
    for i in range(n):
        lista.append(i)
    total = 0
    for x in lista:
        total += x
    return total


def suma_con_generador(n):
    gen = (i for i in range(n))
    total = 0
    for x in gen:
        total += x
    return total


n = 1000000

tracemalloc.start()
s1 = suma_con_lista(n)
pico1 = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()

tracemalloc.start()
s2 = suma_con_generador(n)
pico2 = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()

print("suma lista = %d" % s1)
print("suma generador = %d" % s2)
print("pico lista = %d" % pico1)
print("pico generador = %d" % pico2)
if s1 == s2:
    print("Las dos sumas coinciden")
print("Factor: %.0f" % (pico1 / pico2))
