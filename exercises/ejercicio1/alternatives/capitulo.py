import gc

class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre
        self.referencia = None

# Crear objetos con ciclo de referencia
nodo1 = Nodo("Nodo 1")
nodo2 = Nodo("Nodo 2")
nodo1.referencia = nodo2
nodo2.referencia = nodo1

# Mostrar conteo inicial de objetos gestionados por gc
print("Conteo inicial de objetos gestionados por gc:", gc.get_count())

# Eliminar las referencias principales
del nodo1
del nodo2

# Forzar recolección de basura
gc.collect()

# Mostrar conteo después de recolección
print("Conteo tras la recolección de basura:", gc.get_count())
