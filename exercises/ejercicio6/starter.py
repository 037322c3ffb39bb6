# Ejercicio 6: un millón de números en una lista o en un generador.
# Completa los TODO. Comprueba tu solución con: pytutor check ejercicio6
import sys  # para sys.getsizeof, si quieres curiosear
import tracemalloc

N = 10**6


def suma_con_lista(n):
    # TODO: construye la lista completa de 0..n-1 (corchetes) y devuelve su suma.
    return 0


def suma_con_generador(n):
    # TODO: suma 0..n-1 con una expresión generadora (paréntesis), sin crear ninguna lista.
    return 0


# TODO: para cada función, mide su pico de memoria con tracemalloc:
#       tracemalloc.start(); resultado = funcion(N); pico = tracemalloc.get_traced_memory()[1]; tracemalloc.stop()
# TODO: imprime las dos sumas y los dos picos, en bytes, cada uno en su línea, p. ej.
#       Pico de memoria con lista: 36690388 bytes
print("Suma con lista:", suma_con_lista(N))
print("Suma con generador:", suma_con_generador(N))
