# Alternativa: BoundedSemaphore (avisa si alguien hace release() de más) y una
# subclase de Thread; además cuenta cuántas descargas hay activas a la vez.
import threading
import time

semaforo = threading.BoundedSemaphore(2)
activas_lock = threading.Lock()
activas = 0


class Descarga(threading.Thread):
    def __init__(self, numero):
        super().__init__()
        self.numero = numero

    def run(self):
        global activas
        print(f"Descarga {self.numero}: esperando turno")
        with semaforo:
            with activas_lock:
                activas += 1
                ahora = activas
            print(f"Descarga {self.numero}: comienza (activas: {ahora})")
            time.sleep(1)
            with activas_lock:
                activas -= 1
            print(f"Descarga {self.numero}: completada")


inicio = time.perf_counter()
descargas = [Descarga(n) for n in range(1, 7)]
for d in descargas:
    d.start()
for d in descargas:
    d.join()
print(f"Resumen: 6 descargas en {time.perf_counter() - inicio:.1f} s")
