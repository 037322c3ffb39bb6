# MAL: arranca los hilos pero no hace join(); el resumen sale enseguida (con un
# tiempo de ~0 s) y antes que los finales. Como los hilos no son daemon, el
# programa aún espera a que acaben antes de salir, pero el resumen ya mintió.
import threading
import time

ARCHIVOS = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    time.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos")


inicio = time.perf_counter()
for nombre, segundos in ARCHIVOS:
    threading.Thread(target=descargar, args=(nombre, segundos)).start()
print(f"Todas las descargas completadas en {time.perf_counter() - inicio:.2f} segundos")
