# MAL: toma gc.get_count() por "objetos recolectados" e ignora el valor que devuelve gc.collect()
import gc


class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre
        self.referencia = None


nodo1 = Nodo("Nodo 1")
nodo2 = Nodo("Nodo 2")
nodo1.referencia = nodo2
nodo2.referencia = nodo1

print("Objetos gestionados por el gc antes:", gc.get_count())
del nodo1
del nodo2
gc.collect()
print("Objetos recolectados:", gc.get_count())
