# Alternativa: importa los nombres directamente (from ... import ...).
from threading import Thread
from time import perf_counter, sleep

ARCHIVOS = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos")


inicio = perf_counter()
hilos = [Thread(target=descargar, args=(nombre, segundos)) for nombre, segundos in ARCHIVOS]
for hilo in hilos:
    hilo.start()
for hilo in hilos:
    hilo.join()
print(f"Todas las descargas completadas en {perf_counter() - inicio:.2f} segundos")
