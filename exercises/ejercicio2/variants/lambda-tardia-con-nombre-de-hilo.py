import threading
import time


def descargar(nombre, segundos):
    hilo = threading.current_thread().name
    print(f"[{hilo}] Iniciando descarga de {nombre}")
    time.sleep(segundos)
    print(f"[{hilo}] {nombre} descargado en {segundos} segundos")


archivos = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]

hilos = []
for nombre, segundos in archivos:
    hilos.append(threading.Thread(target=lambda: descargar(nombre, segundos)))

inicio = time.perf_counter()
for h in hilos:
    h.start()
for h in hilos:
    h.join()
total = time.perf_counter() - inicio
print("Todas las descargas completadas en %.2f segundos" % total)
