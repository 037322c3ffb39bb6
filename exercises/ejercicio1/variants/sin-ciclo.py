# MAL: los dos nodos no se apuntan entre sí, así que no hay ciclo; el del ya los libera.
import gc


class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre
        self.otro = None


a = Nodo("A")
b = Nodo("B")

print("Contadores antes:", gc.get_count())
del a, b

recolectados = gc.collect()
print("Objetos recolectados:", recolectados)
print("Contadores después:", gc.get_count())
