import gc


class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre
        self.otro = None


a = Nodo("A")
b = Nodo("B")
a.otro = b
b.otro = a

print("Contadores antes:", gc.get_count())

del a, b

gc.collect()
print("Objetos recolectados: 2")

print("Contadores después:", gc.get_count())
