# BIEN: callback lambda que solo recibe el nombre (no captura el objeto), salida con sys.stdout.write
import sys
import weakref


class Sensor:
    def __init__(self, nombre):
        self.nombre = nombre


recurso = Sensor("sensor-temperatura")
ref = weakref.ref(recurso)
sys.stdout.write("ref() is recurso -> " + str(ref() is recurso) + "\n")

weakref.finalize(recurso, lambda n: sys.stdout.write("finalize: " + n + " liberado\n"), recurso.nombre)

sys.stdout.write("Borrando la referencia fuerte...\n")
del recurso

sys.stdout.write("ref() ahora vale " + repr(ref()) + "\n")
sys.stdout.write("Fin del programa\n")
