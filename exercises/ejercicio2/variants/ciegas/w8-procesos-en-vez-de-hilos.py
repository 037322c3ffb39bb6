# MAL: usa multiprocessing.Process en vez de hilos para una tarea de espera (el enunciado pide threading.Thread)
import multiprocessing
import time


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}", flush=True)
    time.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos", flush=True)


if __name__ == "__main__":
    archivos = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]
    procesos = [multiprocessing.Process(target=descargar, args=a) for a in archivos]
    inicio = time.perf_counter()
    for p in procesos:
        p.start()
    for p in procesos:
        p.join()
    print(f"Todas las descargas completadas en {time.perf_counter() - inicio:.2f} segundos")
