import weakref
import sys


class Conexion(object):
    def __init__(self, nombre, puerto=5432):
        self.nombre = nombre
        self.puerto = puerto


def avisar(que):
    sys.stdout.write("finalize: %s liberado\n" % que)


recurso = Conexion("base de datos")
ref = weakref.ref(recurso)
print("ref() is recurso: %s" % (ref() is recurso))

weakref.finalize(recurso, avisar, recurso.nombre)

print("Borrando la última referencia fuerte...")
del recurso

objeto = ref()
print("ref() tras el del: %r" % (objeto,))
if objeto is not None:
    print("¡Ojo! el objeto sigue vivo")
del objeto

print("Fin del programa")
