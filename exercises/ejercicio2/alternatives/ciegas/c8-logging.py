# BIEN: hilos que informan con logging (a stdout, con hora); start de todos y join de todos
import logging
import sys
import threading
import time

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(asctime)s %(message)s", datefmt="%H:%M:%S")


def descargar(nombre, segundos):
    logging.info("Iniciando descarga de %s", nombre)
    time.sleep(segundos)
    logging.info("%s descargado en %s segundos", nombre, segundos)


if __name__ == "__main__":
    trabajos = (("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2))
    hilos = [threading.Thread(target=descargar, args=t) for t in trabajos]
    t0 = time.perf_counter()
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    logging.info("Todas las descargas completadas en %.2f segundos", time.perf_counter() - t0)
