# MAL: los hilos solo duermen (no imprimen nada); el hilo principal finge los mensajes de inicio y final ordenando por duración
import threading
import time

archivos = {"Archivo 1": 3, "Archivo 2": 5, "Archivo 3": 2}

inicio = time.perf_counter()
hilos = {}
for nombre, segundos in archivos.items():
    hilos[nombre] = threading.Thread(target=time.sleep, args=(segundos,))
    hilos[nombre].start()
    print(f"Iniciando descarga de {nombre}")

# el principal "sabe" cuál acaba antes y escribe el final por ellos
for nombre in sorted(archivos, key=archivos.get):
    hilos[nombre].join()
    print(f"{nombre} descargado en {archivos[nombre]} segundos")

print(f"Todas las descargas completadas en {time.perf_counter() - inicio:.2f} segundos")
