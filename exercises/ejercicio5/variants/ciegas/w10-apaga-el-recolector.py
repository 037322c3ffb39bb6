import gc
import weakref

gc.disable()   # así el único que puede liberar el objeto es el contador de referencias


class Recurso:
    def __init__(self, nombre):
        self.nombre = nombre


def avisar(nombre):
    print(f"finalize: {nombre} liberado")


recurso = Recurso("conexión")
ref = weakref.ref(recurso)
print("ref() is recurso:", ref() is recurso)

weakref.finalize(recurso, avisar, recurso.nombre)

print("Borrando la última referencia fuerte (del recurso)...")
del recurso
print("ref() tras el del:", ref())
print("Fin del programa")
