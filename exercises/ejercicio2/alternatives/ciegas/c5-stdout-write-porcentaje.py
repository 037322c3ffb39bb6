# BIEN: hilos con sys.stdout.write de una línea entera y formato con %; mensajes escuetos
import sys
import threading
import time


def descargar(nombre, segundos):
    sys.stdout.write("inicio %s\n" % nombre)
    sys.stdout.flush()
    time.sleep(segundos)
    sys.stdout.write("fin %s (%d s)\n" % (nombre, segundos))
    sys.stdout.flush()


nombres = ["archivo 1", "archivo 2", "archivo 3"]
tiempos = [3, 5, 2]

t = time.perf_counter()
hs = []
for n, s in zip(nombres, tiempos):
    h = threading.Thread(target=descargar, args=(n, s))
    h.start()          # se arrancan todos en este bucle...
    hs.append(h)
for h in hs:           # ...y se esperan todos en este otro
    h.join()
sys.stdout.write("Total: %.2f s\n" % (time.perf_counter() - t))
