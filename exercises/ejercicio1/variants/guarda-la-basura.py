# MAL: gc.DEBUG_SAVEALL, para imprimir gc.garbage. El recolector encuentra el
# ciclo y cuenta sus objetos, pero en vez de liberarlos los guarda en
# gc.garbage: los nodos siguen vivos hasta el final del programa.
import gc


class Nodo:
    """Un nodo que guarda una referencia a otro nodo."""

    def __init__(self, nombre):
        self.nombre = nombre
        self.otro = None


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
gc.set_debug(gc.DEBUG_SAVEALL)  # para ver en gc.garbage lo que recoge
recolectados = gc.collect()
print("Recogido:", gc.garbage[:2])
print("Objetos recolectados:", recolectados)

print("Contadores después:", gc.get_count())
