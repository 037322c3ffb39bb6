import gc


class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre
        self.otro = None


a = Nodo("a")
b = Nodo("b")
# Cada nodo guarda una referencia a un nodo: así ninguno llega a cero
a.otro = a
b.otro = b

print("Contadores antes:", gc.get_count())

del a, b

print("Objetos recolectados:", gc.collect())
print("Contadores después:", gc.get_count())
