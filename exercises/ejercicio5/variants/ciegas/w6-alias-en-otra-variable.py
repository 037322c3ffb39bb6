# MAL: usa una segunda variable (actual = recurso) y solo borra una; el objeto sigue vivo y el None se imprime a mano
import weakref


class Recurso:
    def __init__(self, nombre):
        self.nombre = nombre


def avisar(nombre):
    print(f"finalize: {nombre} liberado")


recurso = Recurso("conexión")
actual = recurso      # recurso "en uso"
ref = weakref.ref(recurso)
print(f"ref() is recurso: {ref() is recurso}")

weakref.finalize(recurso, avisar, recurso.nombre)

print("Borrando la última referencia fuerte (del recurso)...")
del recurso

print("ref() tras el del: None")
print("Fin del programa")
