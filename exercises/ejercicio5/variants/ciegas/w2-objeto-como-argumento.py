# MAL: pasa el propio objeto como argumento al finalizador; finalize lo retiene y no se libera hasta el final del programa
import weakref


class Recurso:
    def __init__(self, nombre):
        self.nombre = nombre


def avisar(obj):
    print("finalize:", obj.nombre, "liberado")


recurso = Recurso("conexión")
ref = weakref.ref(recurso)
print("ref() is recurso:", ref() is recurso)

weakref.finalize(recurso, avisar, recurso)

print("Borrando la última referencia fuerte (del recurso)...")
del recurso

print("ref() tras el del:", ref())
print("Fin del programa")
