import weakref


class Recurso:
    def __init__(self, nombre):
        self.nombre = nombre


def avisar(nombre):
    print("finalize: %s liberado" % nombre)


recurso = Recurso("fichero.log")
ref = weakref.ref(recurso)
print("ref() is recurso: %s" % (ref() is recurso))

fin = weakref.finalize(recurso, avisar, recurso.nombre)
print("Finalizador pendiente: %s" % fin.alive)

print("Borrando la referencia fuerte con del...")
del recurso

print("Finalizador pendiente: %s" % fin.alive)
obj = ref()
if obj is None:
    print("ref() tras el del: %s (el objeto ya no existe)" % obj)
else:
    print("El objeto sigue vivo: %r" % obj)
print("Fin del programa")
