# MAL: no usa weakref.finalize; el aviso lo imprime un método __del__ de la clase.
import weakref


class Recurso:
    def __init__(self, nombre):
        self.nombre = nombre

    def __del__(self):
        print(f"finalize: {self.nombre} liberado")


recurso = Recurso("conexión")
ref = weakref.ref(recurso)
print(f"ref() is recurso: {ref() is recurso}")

print("Borrando la última referencia fuerte (del recurso)...")
del recurso

print(f"ref() tras el del: {ref()}")
print("Fin del programa")
