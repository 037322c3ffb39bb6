import gc


class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre
        self.otro = None


gc.disable()  # que el recolector automático no se adelante

a = Nodo("A")
b = Nodo("B")
a.otro = b
b.otro = a

print("Contadores antes:", gc.get_count())

del a, b

recolectados = gc.collect()
print("Objetos recolectados:", recolectados)
print("Contadores después:", gc.get_count())
