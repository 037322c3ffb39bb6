# Ejercicio 2: tres descargas a la vez con hilos.
# Guarda tu programa como ejercicio2.py y compruébalo con: pytutor check ejercicio2
import threading  # lo necesitarás para crear los hilos
import time

ARCHIVOS = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    # TODO: simula la descarga esperando `segundos` con time.sleep.
    # TODO: imprime el final en una sola línea, p. ej. f"{nombre} descargado en {segundos} segundos".


def main():
    inicio = time.perf_counter()

    # TODO: crea un threading.Thread por archivo (target=descargar, args=(nombre, segundos)).
    # TODO: arranca TODOS los hilos con start() y, después, espera a cada uno con join().
    # Por ahora las descargas se hacen aquí mismo, una tras otra, en el hilo principal:
    for nombre, segundos in ARCHIVOS:
        descargar(nombre, segundos)

    # TODO: cuando hayan terminado todos los hilos, calcula el tiempo total con
    # time.perf_counter() - inicio e imprime el resumen como última línea, p. ej.
    # f"Todas las descargas completadas en {total:.2f} segundos".


if __name__ == "__main__":
    main()
