# Alternativa: un ThreadPoolExecutor con tres hilos en lugar de crearlos a mano.
import time
from concurrent.futures import ThreadPoolExecutor

ARCHIVOS = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    time.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos")


def main():
    inicio = time.perf_counter()
    with ThreadPoolExecutor(max_workers=3) as pool:
        futuros = [pool.submit(descargar, nombre, segundos) for nombre, segundos in ARCHIVOS]
        for futuro in futuros:
            futuro.result()  # espera a cada tarea y relanza su excepción, si la hubo
    total = time.perf_counter() - inicio
    print(f"Todas las descargas completadas en {total:.2f} segundos")


if __name__ == "__main__":
    main()
