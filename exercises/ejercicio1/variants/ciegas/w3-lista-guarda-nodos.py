# MAL: guarda los nodos en una lista "para tenerlos controlados"; tras del a, b siguen alcanzables y no se recolectan
import gc


class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre
        self.otro = None


a = Nodo("A")
b = Nodo("B")
a.otro = b
b.otro = a
nodos = [a, b]

print("Contadores antes:", gc.get_count())
del a, b
recolectados = gc.collect()
print("Objetos recolectados:", recolectados)
print("Contadores después:", gc.get_count())
print("Nodos que siguen en la lista:", [n.nombre for n in nodos])
