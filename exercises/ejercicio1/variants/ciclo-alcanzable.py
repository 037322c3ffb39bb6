# MAL: el ciclo sigue alcanzable desde la lista guardados, así que gc.collect() no puede liberarlo.
import gc


class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre
        self.otro = None


a = Nodo("A")
b = Nodo("B")
a.otro = b
b.otro = a
guardados = [a]

print("Contadores antes:", gc.get_count())
del a, b

recolectados = gc.collect()
print("Objetos recolectados:", recolectados)
print("Contadores después:", gc.get_count())
