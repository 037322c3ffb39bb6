import threading
import time


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    time.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos")


archivos = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]
hilos = [threading.Thread(target=descargar, args=(n, s), daemon=True) for n, s in archivos]

inicio = time.perf_counter()
for h in hilos:
    h.start()
# esperamos lo que tarda la más larga para que terminen todas
time.sleep(5.05)
fin = time.perf_counter()

print(f"Todas las descargas completadas en {fin - inicio:.2f} segundos")
