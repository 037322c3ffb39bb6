# MAL: llama al finalizador a mano ANTES del del, así que el aviso sale antes de borrar y no
# cuando el objeto se libera (un finalizador solo corre una vez).
import weakref


class Recurso:
    """Un objeto cualquiera de una clase nuestra (las listas y dicts no admiten weakref)."""

    def __init__(self, nombre):
        self.nombre = nombre


def avisar(nombre):
    # El callback NO recibe el objeto (ya no existe): solo los argumentos que le dimos.
    print(f"finalize: {nombre} liberado")


recurso = Recurso("conexión")

# Una referencia débil: apunta al objeto sin sumar a su contador de referencias.
ref = weakref.ref(recurso)
print(f"ref() is recurso: {ref() is recurso}")

# Cuando el objeto se libere, se llamará a avisar("conexión").
fin = weakref.finalize(recurso, avisar, recurso.nombre)
fin()  # lo llama ya, con el objeto todavía vivo

print("Borrando la última referencia fuerte (del recurso)...")
del recurso  # se libera aquí, pero el finalizador ya había corrido: no vuelve a avisar

print(f"ref() tras el del: {ref()}")
print("Fin del programa")
