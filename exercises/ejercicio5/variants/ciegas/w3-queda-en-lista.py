# MAL: guarda el recurso en una lista de "registro"; del recurso solo borra el nombre, la lista lo mantiene vivo
import weakref


class Recurso:
    def __init__(self, nombre):
        self.nombre = nombre


def avisar(nombre):
    print("finalize: %s liberado" % nombre)


registro = []          # lista de recursos abiertos

recurso = Recurso("conexión")
registro.append(recurso)
ref = weakref.ref(recurso)
print("ref() is recurso: %s" % (ref() is recurso))

weakref.finalize(recurso, avisar, recurso.nombre)

print("Borrando la última referencia fuerte (del recurso)...")
del recurso

print("ref() tras el del: %s" % (ref(),))
print("Recursos registrados: %d" % len(registro))
print("Fin del programa")
