# Ejercicio 5: referencias débiles y finalizadores.
# Completa los TODO. Comprueba tu solución con: pytutor check ejercicio5
import weakref


class Recurso:
    def __init__(self, nombre):
        self.nombre = nombre


def avisar(nombre):
    # Este será el callback del finalizador.
    print(f"finalize: {nombre} liberado")


recurso = Recurso("conexión")

# TODO: crea ref, una referencia débil a recurso, con weakref.ref (variable global).
# TODO: imprime ref() is recurso, por ejemplo: print(f"ref() is recurso: {...}")

# TODO: registra weakref.finalize(recurso, avisar, recurso.nombre).

print("Borrando la última referencia fuerte (del recurso)...")
# TODO: borra recurso con del (y no dejes ninguna otra referencia fuerte a él).

# TODO: imprime ref() otra vez: ahora debería ser None.
print("Fin del programa")
