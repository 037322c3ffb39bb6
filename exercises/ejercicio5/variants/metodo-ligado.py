# MAL: pasa a finalize el método ligado recurso.cerrar, que guarda una referencia fuerte al
# objeto: el finalizador mantiene vivo el recurso y el aviso solo sale al terminar el programa.
import weakref


class Recurso:
    """Un objeto cualquiera de una clase nuestra (las listas y dicts no admiten weakref)."""

    def __init__(self, nombre):
        self.nombre = nombre

    def cerrar(self):
        print(f"finalize: {self.nombre} liberado")


def avisar(nombre):
    # El callback NO recibe el objeto (ya no existe): solo los argumentos que le dimos.
    print(f"finalize: {nombre} liberado")


recurso = Recurso("conexión")

# Una referencia débil: apunta al objeto sin sumar a su contador de referencias.
ref = weakref.ref(recurso)
print(f"ref() is recurso: {ref() is recurso}")

# Cuando el objeto se libere, se llamará a avisar("conexión").
weakref.finalize(recurso, recurso.cerrar)

print("Borrando la última referencia fuerte (del recurso)...")
del recurso  # el contador llega a cero: se libera aquí mismo y corre el finalizador

print(f"ref() tras el del: {ref()}")
print("Fin del programa")
