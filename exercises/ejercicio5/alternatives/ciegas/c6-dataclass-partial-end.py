# BIEN: dataclass como recurso, callback con functools.partial sobre el nombre, salida en trozos con end=""
import functools
import weakref
from dataclasses import dataclass


@dataclass
class Socket:
    nombre: str
    puerto: int = 8080


def avisar(nombre, motivo):
    print("finalize:", nombre, motivo)


recurso = Socket("conexión")
ref = weakref.ref(recurso)
print("ref() is recurso:", end=" ")
print(ref() is recurso)

weakref.finalize(recurso, functools.partial(avisar, recurso.nombre, "liberado"))

print("Borrando", end="")
print("...")
del recurso

print("ref() tras el del:", end=" ")
print(ref())
print("Fin", "del", "programa")
