# MAL: el __del__ de Nodo guarda self en una lista para enseñar después qué
# liberó el recolector. Al guardarlo, resucita los nodos: siguen vivos en la
# lista y gc.collect() devuelve 0.
import gc

liberados = []


class Nodo:
    """Un nodo que guarda una referencia a otro nodo."""

    def __init__(self, nombre):
        self.nombre = nombre
        self.otro = None

    def __del__(self):
        liberados.append(self)  # para poder enseñar qué liberó el recolector


# Dos nodos que se apuntan entre sí: un ciclo.
a = Nodo("A")
b = Nodo("B")
a.otro = b
b.otro = a
print("Ciclo creado:", a.nombre, "->", a.otro.nombre, "->", b.otro.nombre)

# Contadores de asignaciones por generación (cambian de una ejecución a otra).
print("Contadores antes:", gc.get_count())

# Borramos las referencias de fuera. Cada nodo sigue apuntado por el otro,
# así que su conteo de referencias no llega a cero: el del no los libera.
del a, b

# El recolector cíclico encuentra el ciclo inalcanzable y lo libera.
recolectados = gc.collect()
print("Objetos recolectados:", recolectados)

print("Contadores después:", gc.get_count())
print("Liberados:", [nodo.nombre for nodo in liberados])
