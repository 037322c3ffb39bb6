# MAL: llama a gc.collect() antes de hacer del; en ese momento el ciclo aun es alcanzable y no se libera nada
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
recolectados = gc.collect()
del a, b
print("Objetos recolectados:", recolectados)
print("Contadores después:", gc.get_count())
