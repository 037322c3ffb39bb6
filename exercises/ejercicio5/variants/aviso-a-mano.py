# MAL: weakref.ref está bien, pero no hay finalize: el aviso lo imprime el programa a mano tras el del.
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

print("Borrando la última referencia fuerte (del recurso)...")
del recurso
avisar("conexión")

print(f"ref() tras el del: {ref()}")
print("Fin del programa")
