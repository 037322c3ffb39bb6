# MAL: imprime el resumen justo después de start(), sin esperar con join(): sale enseguida (~0.00 s) y antes de los finales
import threading
import time


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    time.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos")


archivos = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]
hilos = [threading.Thread(target=descargar, args=a) for a in archivos]

inicio = time.perf_counter()
for h in hilos:
    h.start()
fin = time.perf_counter()
print(f"Todas las descargas completadas en {fin - inicio:.2f} segundos")
# los hilos siguen y el programa espera a que acaben al salir, pero el resumen ya se imprimió
