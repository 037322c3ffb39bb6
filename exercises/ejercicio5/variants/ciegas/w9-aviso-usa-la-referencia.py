import weakref


class Recurso:
    cerradas = 0

    def __init__(self, nombre):
        self.nombre = nombre
        self.abierta = True

    def cerrar(self):
        self.abierta = False
        Recurso.cerradas += 1


def avisar(nombre):
    print(f"finalize: {nombre} liberado")
    # cierro la conexión antes de que desaparezca del todo
    ref().cerrar()


recurso = Recurso("conexión")
ref = weakref.ref(recurso)
print("ref() is recurso:", ref() is recurso)

weakref.finalize(recurso, avisar, recurso.nombre)

print("Borrando la última referencia fuerte (del recurso)...")
del recurso
print("ref() tras el del:", ref())
print("Fin del programa")
