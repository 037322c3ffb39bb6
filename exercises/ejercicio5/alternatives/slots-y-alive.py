# Solución alternativa: una clase con __slots__ (hay que pedir el hueco "__weakref__"),
# el finalizador guardado en una variable para consultar fin.alive, y un callback con
# varios argumentos.
import weakref


class Recurso:
    __slots__ = ("nombre", "__weakref__")

    def __init__(self, nombre):
        self.nombre = nombre


def cerrar(nombre, motivo):
    print(f"[finalizador] {nombre} recolectado ({motivo})")


recurso = Recurso("fichero de log")
ref = weakref.ref(recurso)
fin = weakref.finalize(recurso, cerrar, recurso.nombre, "sin referencias fuertes")

print(f"¿Vivo? ref() is recurso = {ref() is recurso}; fin.alive = {fin.alive}")
print("Elimino la variable recurso con del")
del recurso
print(f"Ahora ref() da {ref()}; fin.alive = {fin.alive}")
