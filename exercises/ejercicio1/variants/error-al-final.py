# MAL: hace todo bien, pero al final lanza una excepción y el programa no termina con éxito.
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

recolectados = gc.collect()
print("Objetos recolectados:", recolectados)
print("Contadores después:", gc.get_count())

raise RuntimeError("algo salió mal al terminar el ejercicio")
