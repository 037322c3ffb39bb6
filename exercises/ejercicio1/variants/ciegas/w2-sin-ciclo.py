# MAL: los dos nodos no se apuntan entre si (no hay ciclo); del ya los libera y gc.collect() no tiene nada que hacer
import gc


class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre
        self.otro = None


a = Nodo("A")
b = Nodo("B")
# el alumno cree que basta con crear dos objetos: no enlaza a.otro / b.otro

print("Contadores antes:", gc.get_count())
del a, b
recolectados = gc.collect()
print("Objetos recolectados:", recolectados)
print("Contadores después:", gc.get_count())
