# MAL: usa hilos, pero no simula la espera con time.sleep. Cada «descarga»
# termina al instante: los finales no llegan a los 2, 3 y 5 s.
import threading
import time

ARCHIVOS = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    print(f"{nombre} descargado en {segundos} segundos")


inicio = time.perf_counter()
hilos = [threading.Thread(target=descargar, args=(nombre, segundos)) for nombre, segundos in ARCHIVOS]
for hilo in hilos:
    hilo.start()
for hilo in hilos:
    hilo.join()
print(f"Todas las descargas completadas en {time.perf_counter() - inicio:.2f} segundos")
