# MAL: no usa hilos. Cada descarga empieza cuando acaba la anterior, así que
# todo tarda la suma (3 + 5 + 2 ≈ 10 s) en lugar de la más larga (≈ 5 s).
import time

ARCHIVOS = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    time.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos")


inicio = time.perf_counter()
for nombre, segundos in ARCHIVOS:
    descargar(nombre, segundos)
print(f"Todas las descargas completadas en {time.perf_counter() - inicio:.2f} segundos")
