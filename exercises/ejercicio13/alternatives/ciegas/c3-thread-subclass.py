# BIEN: subclase de threading.Thread cuyo run() llama a descargar(numero); formato con %, monotonic
import threading
import time

semaforo = threading.Semaphore(2)


def descargar(numero):
    print("Descarga %d: en cola" % numero)
    with semaforo:
        print("Descarga %d: comienza" % numero)
        time.sleep(1)
        print("Descarga %d: finalizada" % numero)


class HiloDescarga(threading.Thread):
    def __init__(self, numero):
        super().__init__()
        self.numero = numero

    def run(self):
        descargar(self.numero)


t0 = time.monotonic()
descargas = [HiloDescarga(i) for i in range(1, 7)]
for d in descargas:
    d.start()
for d in descargas:
    d.join()
print("Tiempo total: %.2f s" % (time.monotonic() - t0))
