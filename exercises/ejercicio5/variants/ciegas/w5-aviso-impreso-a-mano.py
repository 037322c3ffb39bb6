# MAL: no registra ningún finalize; imprime el aviso «finalize: ... liberado» a mano después del del
import weakref


class Recurso:
    def __init__(self, nombre):
        self.nombre = nombre


recurso = Recurso("conexión")
nombre = recurso.nombre
ref = weakref.ref(recurso)
print("ref() is recurso:", ref() is recurso)

print("Borrando la última referencia fuerte (del recurso)...")
del recurso
print("finalize:", nombre, "liberado")

print("ref() tras el del:", ref())
print("Fin del programa")
