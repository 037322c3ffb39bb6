# BIEN: lista de threading.Thread, todos start() y luego todos join(), f-strings
import threading
import time


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    time.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos")


archivos = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]

inicio = time.perf_counter()
hilos = [threading.Thread(target=descargar, args=(nombre, s)) for nombre, s in archivos]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
fin = time.perf_counter()

print(f"Todas las descargas completadas en {fin - inicio:.2f} segundos")
