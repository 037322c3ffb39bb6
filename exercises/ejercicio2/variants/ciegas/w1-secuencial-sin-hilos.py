# MAL: no usa hilos: llama a descargar() una tras otra, así que tarda la suma (~10 s), no la más larga
import time


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    time.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos")


inicio = time.perf_counter()
descargar("Archivo 1", 3)
descargar("Archivo 2", 5)
descargar("Archivo 3", 2)
print(f"Todas las descargas completadas en {time.perf_counter() - inicio:.2f} segundos")
