# MAL: hilos daemon=True sin join(): el hilo principal acaba y las descargas mueren a medias (no salen los finales)
import threading
import time


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    time.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos")


def main():
    archivos = {"Archivo 1": 3, "Archivo 2": 5, "Archivo 3": 2}
    inicio = time.perf_counter()
    for nombre, segundos in archivos.items():
        threading.Thread(target=descargar, args=(nombre, segundos), daemon=True).start()
    time.sleep(0.5)  # "un momento para que arranquen"
    print(f"Todas las descargas completadas en {time.perf_counter() - inicio:.2f} segundos")


if __name__ == "__main__":
    main()
