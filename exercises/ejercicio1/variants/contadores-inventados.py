# MAL: crea y libera el ciclo, pero los contadores que imprime están escritos a mano: nunca lee gc.get_count().
import gc


class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre
        self.otro = None


a = Nodo("A")
b = Nodo("B")
a.otro = b
b.otro = a
print("Contadores antes: (452, 3, 1)")
del a, b
print("Objetos recolectados:", gc.collect())
print("Contadores después: (0, 0, 0)")
