# BIEN: clase Nodo con atributo otro, ciclo a<->b, del a, b y se imprime lo que devuelve gc.collect()
import gc


class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre
        self.otro = None


a = Nodo("A")
b = Nodo("B")
a.otro = b
b.otro = a

print(f"Contadores antes: {gc.get_count()}")

del a, b

recolectados = gc.collect()
print(f"Objetos recolectados: {recolectados}")
print(f"Contadores después: {gc.get_count()}")
