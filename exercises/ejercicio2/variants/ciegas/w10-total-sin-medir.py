import threading
import time


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    time.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos")


archivos = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]
hilos = [threading.Thread(target=descargar, args=a) for a in archivos]

for h in hilos:
    h.start()
for h in hilos:
    h.join()

# el total es lo que tarda la descarga más larga
total = max(s for _, s in archivos)
print(f"Todas las descargas completadas en {total:.2f} segundos")
