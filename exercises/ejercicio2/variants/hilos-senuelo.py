# MAL: tres hilos «señuelo» que solo duermen a la vez, mientras las descargas
# de verdad (sus mensajes y sus esperas) ocurren una tras otra en el hilo
# principal. Hay hilos y esperas solapadas, pero no son las descargas.
import threading
import time


def senuelo():
    time.sleep(0.2)


hilos = [threading.Thread(target=senuelo) for _ in range(3)]
for h in hilos:
    h.start()
for nombre, segundos in [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]:
    print(f"Iniciando descarga de {nombre}")
    time.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos")
for h in hilos:
    h.join()
print("Todas las descargas completadas")
