# BIEN: clase con __slots__ que incluye __weakref__, mensajes con formato %, finalize con el nombre
import weakref


class Fichero(object):
    __slots__ = ("nombre", "__weakref__")

    def __init__(self, nombre):
        self.nombre = nombre


def aviso_liberado(nombre_recurso):
    print("finalize: %s liberado" % nombre_recurso)


recurso = Fichero("datos.csv")
ref = weakref.ref(recurso)
print("ref() is recurso: %s" % (ref() is recurso))

weakref.finalize(recurso, aviso_liberado, recurso.nombre)

print("Borrando... (del recurso)")
del recurso

print("ref() después del del: %r" % (ref(),))
print("Fin del programa")
