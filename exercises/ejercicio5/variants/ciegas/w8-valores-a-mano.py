# MISTAKE: imprime los valores escritos a mano ("True", "None") en vez de evaluar ref() is recurso y ref()
import weakref


class Recurso:
    def __init__(self, nombre):
        self.nombre = nombre


def avisar(nombre):
    print(f"finalize: {nombre} liberado")


recurso = Recurso("conexión")
ref = weakref.ref(recurso)
print("ref() is recurso: True")

weakref.finalize(recurso, avisar, recurso.nombre)

print("Borrando la última referencia fuerte (del recurso)...")
del recurso

print("ref() tras el del: None")
print("Fin del programa")
