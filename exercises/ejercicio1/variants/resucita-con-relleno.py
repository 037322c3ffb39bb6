import gc

liberados = []


class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre
        self.otro = None

    def __del__(self):
        liberados.append(self)


x = []
x.append(x)
y = []
y.append(y)
del x, y
gc.collect()  # "start clean"

a = Nodo("A")
b = Nodo("B")
a.otro = b
b.otro = a
print("Contadores antes:", gc.get_count())
del a, b
recolectados = gc.collect()
print("Objetos recolectados:", recolectados)
print("Contadores después:", gc.get_count())
print("Liberados:", [n.nombre for n in liberados])
