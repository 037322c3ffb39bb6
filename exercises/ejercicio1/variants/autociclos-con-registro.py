import gc


class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre
        self.otro = None
        self.registro = None


a = Nodo("A")
b = Nodo("B")
r = Nodo("registro")
a.otro = a
b.otro = b
r.otro = r
a.registro = r
b.registro = r

print("Contadores antes:", gc.get_count())
del a, b, r
recolectados = gc.collect()
print("Objetos recolectados:", recolectados)
print("Contadores después:", gc.get_count())
