# Ejercicio 5: referencias débiles (weakref.ref) y finalizadores (weakref.finalize).
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
weakref.finalize(recurso, avisar, recurso.nombre)

print("Borrando la última referencia fuerte (del recurso)...")
del recurso  # el contador llega a cero: se libera aquí mismo y corre el finalizador

print(f"ref() tras el del: {ref()}")
print("Fin del programa")
