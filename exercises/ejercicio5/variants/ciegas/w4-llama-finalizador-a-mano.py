# MAL: llama al finalizador a mano antes del del; el aviso no lo produce la liberación del objeto y ya no avisará al liberarse
import weakref


class Recurso:
    def __init__(self, nombre):
        self.nombre = nombre


def avisar(nombre):
    print("finalize: {} liberado".format(nombre))


recurso = Recurso("conexión")
ref = weakref.ref(recurso)
print("ref() is recurso: {}".format(ref() is recurso))

fin = weakref.finalize(recurso, avisar, recurso.nombre)
fin()   # me aseguro de que el aviso salga

print("Borrando la última referencia fuerte (del recurso)...")
del recurso

print("ref() tras el del: {}".format(ref()))
print("Fin del programa")
