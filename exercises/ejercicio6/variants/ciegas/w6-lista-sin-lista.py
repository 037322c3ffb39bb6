# MAL: suma_con_lista no construye ninguna lista (sum(range(n))), así que no compara lista contra generador
import tracemalloc


def suma_con_lista(n):
    return sum(range(n))


def suma_con_generador(n):
    return sum(x for x in range(n))


def pico(f, n):
    tracemalloc.start()
    r = f(n)
    p = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return r, p


a, pa = pico(suma_con_lista, 10**6)
b, pb = pico(suma_con_generador, 10**6)
print("Suma con lista:", a)
print("Suma con generador:", b)
print("Pico de memoria con lista:", pa, "bytes")
print("Pico de memoria con generador:", pb, "bytes")
