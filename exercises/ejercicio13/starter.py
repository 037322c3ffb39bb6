# Ejercicio 13: un semáforo para que solo 2 de 6 descargas vayan a la vez.
# Guarda tu programa como ejercicio13.py y compruébalo con: pytutor check ejercicio13
import threading
import time

DESCARGAS = 6
# TODO: crea aquí el semáforo con dos permisos: semaforo = threading.Semaphore(2)


def descargar(numero):
    print(f"Descarga {numero}: en cola")
    # TODO: toma un permiso del semáforo con «with semaforo:» y mete dentro las
    #       tres líneas siguientes (empieza, la espera y termina).
    print(f"Descarga {numero}: empieza")
    # TODO: simula la descarga con time.sleep(1).
    print(f"Descarga {numero}: termina")


def main():
    inicio = time.perf_counter()
    # TODO: en lugar de llamar a descargar aquí, crea un threading.Thread por
    #       descarga, arráncalos todos con start() y espéralos con join().
    for numero in range(1, DESCARGAS + 1):
        descargar(numero)
    total = time.perf_counter() - inicio
    print(f"Todas las descargas terminadas en {total:.2f} segundos")


if __name__ == "__main__":
    main()
