# MAL: crea los Thread pero llama a run() en vez de start(): la función se ejecuta en el hilo principal, en fila (~10 s)
import threading
import time


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    time.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos")


hilos = [
    threading.Thread(target=descargar, args=("Archivo 1", 3)),
    threading.Thread(target=descargar, args=("Archivo 2", 5)),
    threading.Thread(target=descargar, args=("Archivo 3", 2)),
]

inicio = time.perf_counter()
for h in hilos:
    h.run()   # "run ya espera a que termine, así no hace falta join"
print(f"Todas las descargas completadas en {time.perf_counter() - inicio:.2f} segundos")
