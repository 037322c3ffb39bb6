# MAL: pasa el método ligado recurso.cerrar como callback de finalize; guarda una referencia fuerte y el objeto no se libera con del
import weakref


class Recurso:
    def __init__(self, nombre):
        self.nombre = nombre

    def cerrar(self):
        print(f"finalize: {self.nombre} liberado")


recurso = Recurso("conexión")
ref = weakref.ref(recurso)
print(f"ref() is recurso: {ref() is recurso}")

# uso el método del propio objeto, así el aviso sabe su nombre
weakref.finalize(recurso, recurso.cerrar)

print("Borrando la última referencia fuerte (del recurso)...")
del recurso

print(f"ref() tras el del: {ref()}")
print("Fin del programa")
