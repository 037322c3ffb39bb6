# MAL: libera el ciclo e imprime lo recolectado, pero nunca muestra gc.get_count().
import gc


class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre
        self.otro = None


a = Nodo("A")
b = Nodo("B")
a.otro = b
b.otro = a

del a, b

recolectados = gc.collect()
print("Objetos recolectados:", recolectados)
