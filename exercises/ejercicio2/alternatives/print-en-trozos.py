# Alternativa: otros nombres de archivo, print(a, b, c) y print(..., end="") desde
# tres hilos a la vez, y un resumen sin la palabra «Todas». En una terminal las
# líneas pueden salir mezcladas; cada hilo escribe las suyas enteras.
import threading
import time

ARCHIVOS = {"informe.pdf": 3, "video.mp4": 5, "foto.png": 2}


def bajar(nombre, segundos):
    print("->", nombre, "empieza")
    time.sleep(segundos)
    print(nombre, end=": ")
    print("listo tras", segundos, "s")


inicio = time.time()
hilos = [threading.Thread(target=bajar, args=item) for item in ARCHIVOS.items()]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("Fin del programa,", round(time.time() - inicio, 2), "segundos")
