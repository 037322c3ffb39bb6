# BIEN: versión perezosa con map (sin lista), versión con lista explícita, mensajes en tono explicativo
import sys
import tracemalloc


def suma_con_lista(n):
    todos = list(map(int, range(n)))  # aquí sí se crean todos a la vez
    return sum(todos)


def suma_con_generador(n):
    perezoso = map(int, range(n))  # map entrega los valores de uno en uno
    return sum(perezoso)


print("Vamos a sumar los números de 0 a 999999 de dos maneras.")

tracemalloc.start()
a = suma_con_lista(1_000_000)
pico_a = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
print("Primero con una lista... la suma es:", a)

tracemalloc.start()
b = suma_con_generador(1_000_000)
pico_b = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
print("Ahora sin lista... la suma es:", b)

print("Memoria máxima que hizo falta con la lista:", pico_a)
print("Memoria máxima que hizo falta sin la lista:", pico_b)
print("¡La lista ha necesitado", pico_a // pico_b, "veces más memoria!")
print("Por cierto, sys.getsizeof de un map cualquiera:", sys.getsizeof(map(int, range(10))))
