# MAL: hilos daemon y sin join(). El hilo principal imprime el resumen y
# termina; al acabar el programa los hilos daemon mueren a mitad de su
# time.sleep y ninguna descarga llega a imprimir su final.
import threading
import time

ARCHIVOS = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    time.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos")


inicio = time.perf_counter()
for nombre, segundos in ARCHIVOS:
    hilo = threading.Thread(target=descargar, args=(nombre, segundos), daemon=True)
    hilo.start()
print(f"Todas las descargas completadas en {time.perf_counter() - inicio:.2f} segundos")
