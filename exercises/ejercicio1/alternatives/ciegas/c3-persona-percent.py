# BIEN: dos Persona que se apuntan (pareja), formato con %, gc.collect() guardado en variable
import gc


class Persona(object):
    def __init__(self, nombre, pareja=None):
        self.nombre = nombre
        self.pareja = pareja


ana = Persona("Ana")
luis = Persona("Luis", ana)   # luis -> ana
ana.pareja = luis             # ana -> luis: ya hay ciclo

print("Antes del del -> gc.get_count() = %s" % (gc.get_count(),))

del ana
del luis

n = gc.collect()
print("gc.collect() ha encontrado %d objetos inalcanzables" % n)
print("Despues de recolectar -> gc.get_count() = %s" % (gc.get_count(),))
