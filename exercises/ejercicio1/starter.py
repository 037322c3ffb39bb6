# Ejercicio 1: ciclos de referencias y el recolector de basura (gc).
# Completa los TODO. Comprueba tu solución con: pytutor check ejercicio1
import gc


class Nodo:
    """Un nodo que guarda una referencia a otro nodo."""

    def __init__(self, nombre):
        self.nombre = nombre
        self.otro = None  # aquí guardarás la referencia al otro nodo


a = Nodo("A")
b = Nodo("B")

# TODO: crea el ciclo: haz que a apunte a b y que b apunte a a.

# Contadores de asignaciones por generación (sus valores cambian en cada ejecución).
print("Contadores antes:", gc.get_count())

# TODO: borra las referencias de fuera con del.

# TODO: llama a gc.collect(), guarda lo que devuelve e imprímelo,
#       por ejemplo: Objetos recolectados: 2

# TODO: imprime gc.get_count() otra vez, después de recolectar.
