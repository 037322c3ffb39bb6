# MAL (para este ejercicio): usa multiprocessing.Process en lugar de hilos.
# Imprime lo mismo a los mismos tiempos, pero cada descarga es un proceso
# aparte con su propia memoria; el ejercicio pide hilos de un mismo proceso.
import multiprocessing
import time

ARCHIVOS = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}", flush=True)
    time.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos", flush=True)


if __name__ == "__main__":
    inicio = time.perf_counter()
    procesos = [multiprocessing.Process(target=descargar, args=(nombre, segundos)) for nombre, segundos in ARCHIVOS]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Todas las descargas completadas en {time.perf_counter() - inicio:.2f} segundos")
