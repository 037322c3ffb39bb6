# MAL: hace start() y join() de cada hilo en la misma vuelta del bucle: los hilos van en fila (~10 s)
import threading
import time


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    time.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos")


archivos = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]

inicio = time.perf_counter()
for nombre, segundos in archivos:
    hilo = threading.Thread(target=descargar, args=(nombre, segundos))
    hilo.start()
    hilo.join()
print(f"Todas las descargas completadas en {time.perf_counter() - inicio:.2f} segundos")
