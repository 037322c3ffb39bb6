# MAL: recolecta bien, pero imprime un número fijo en lugar del que devolvió gc.collect().
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
print("Objetos recolectados: 1000")
print("Contadores después:", gc.get_count())
