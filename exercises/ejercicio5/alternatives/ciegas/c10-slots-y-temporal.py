# Version con __slots__: hay que incluir '__weakref__' para poder crear weakrefs
import weakref


class Recurso:
    __slots__ = ("nombre", "__weakref__")

    def __init__(self, nombre):
        self.nombre = nombre

    def __repr__(self):
        return "Recurso(%r)" % self.nombre


def avisar(etiqueta):
    print("finalize: " + etiqueta + " liberado")


recurso = Recurso("fichero.log")
ref = weakref.ref(recurso)
mismo = ref() is recurso
print("¿ref() is recurso?", mismo)
del mismo

weakref.finalize(recurso, avisar, recurso.nombre)

print("Borrando... (del recurso)")
del recurso

print("Después del del, ref() =", ref())
print("Fin del programa")
