# BIEN: función fábrica para el recurso, .format, consulta .alive del finalizador antes y después del del
import weakref


class Recurso:
    contador = 0

    def __init__(self, nombre):
        Recurso.contador += 1
        self.nombre = nombre
        self.id = Recurso.contador

    def __repr__(self):
        return "Recurso({!r})".format(self.nombre)


def crear_recurso(nombre):
    print("Creando {}".format(nombre))
    return Recurso(nombre)


def avisar(nombre):
    print("finalize: {} liberado".format(nombre))


recurso = crear_recurso("conexión")
ref = weakref.ref(recurso)
print("ref() is recurso: {}".format(ref() is recurso))

finalizador = weakref.finalize(recurso, avisar, recurso.nombre)
print("¿finalizador pendiente? {}".format(finalizador.alive))

print("Borrando la última referencia fuerte (del recurso)...")
del recurso

print("ref() tras el del: {}".format(ref()))
print("¿finalizador pendiente? {}".format(finalizador.alive))
print("Fin del programa")
