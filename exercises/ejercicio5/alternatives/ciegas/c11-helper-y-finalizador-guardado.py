import weakref


class Recurso:
    """Un recurso que se puede cerrar."""

    contador = 0

    def __init__(self, nombre):
        Recurso.contador += 1
        self.nombre = nombre
        self.id = Recurso.contador
        self.abierto = True

    def cerrar(self):
        self.abierto = False


def avisar(nombre):
    print("finalize: {} liberado".format(nombre))


def mostrar(etiqueta, valor):
    print("{}: {}".format(etiqueta, valor))


recurso = Recurso("conexión")
ref = weakref.ref(recurso)
mostrar("ref() is recurso", ref() is recurso)

# El handle del finalizador no retiene al objeto
finalizador = weakref.finalize(recurso, avisar, recurso.nombre)

print("Borrando la referencia fuerte con del recurso...")
del recurso

mostrar("ref() tras el del", ref())
print("Fin del programa")
