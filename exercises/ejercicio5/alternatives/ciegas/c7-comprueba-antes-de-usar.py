# BIEN: antes de usar ref() lo guarda en una temporal y la borra también; del deja el objeto sin referencias fuertes
import weakref


class Cache:
    def __init__(self, nombre):
        self.nombre = nombre
        self.datos = {}


def notificar(nombre):
    print("[finalize] el recurso", repr(nombre), "ha sido liberado")


recurso = Cache("caché de usuarios")
ref = weakref.ref(recurso)

obj = ref()
if obj is not None:
    print("ref() is recurso:", obj is recurso)
    print("el objeto sigue vivo, se llama", obj.nombre)
del obj   # la temporal también es una referencia fuerte

weakref.finalize(recurso, notificar, recurso.nombre)

print("Borrando... (del recurso)")
del recurso

obj = ref()
if obj is None:
    print("ref() tras el del:", obj, "-> el objeto ya no existe")
else:
    print("¡sigue vivo!", obj)
print("Fin del programa")
