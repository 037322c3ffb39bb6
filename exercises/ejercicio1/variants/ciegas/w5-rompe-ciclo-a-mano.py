# MAL: rompe el ciclo a mano (otro = None) antes del del, asi el conteo de referencias los libera y el gc no recolecta el ciclo
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
# "limpio" las referencias para que no haya fugas
a.otro = None
b.otro = None
del a, b
recolectados = gc.collect()
print("Objetos recolectados:", recolectados)
print("Contadores después:", gc.get_count())
