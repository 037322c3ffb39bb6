# BIEN: sys.stdout.write con una línea entera por llamada, hilos con kwargs, bucle while para el join
import sys
import threading
import time

semaforo = threading.Semaphore(2)


def log(msg):
    sys.stdout.write(msg + "\n")
    sys.stdout.flush()


def descargar(numero):
    log("Descarga " + str(numero) + ": en cola")
    with semaforo:
        log("Descarga " + str(numero) + ": empieza")
        time.sleep(1)
        log("Descarga " + str(numero) + ": termina")


comienzo = time.perf_counter()
hilos = []
for numero in range(1, 7):
    hilos.append(threading.Thread(target=descargar, kwargs={"numero": numero}))
for h in hilos:
    h.start()
i = 0
while i < len(hilos):
    hilos[i].join()
    i += 1
total = time.perf_counter() - comienzo
log("Todas las descargas terminadas en " + str(round(total, 2)) + " segundos")
