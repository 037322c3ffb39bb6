# MAL: Semaphore(3) da tres permisos: van tres a la vez, en dos tandas, y todo
# tarda ~2 s en lugar de ~3 s.
import threading
import time

DESCARGAS = 6
semaforo = threading.Semaphore(3)  # tres permisos: uno de más


def descargar(numero):
    print(f"Descarga {numero}: en cola")
    with semaforo:  # toma un permiso (o espera a que quede uno libre) y lo devuelve al salir
        print(f"Descarga {numero}: empieza")
        time.sleep(1)  # la «red»
        print(f"Descarga {numero}: termina")


def main():
    inicio = time.perf_counter()
    hilos = [threading.Thread(target=descargar, args=(n,)) for n in range(1, DESCARGAS + 1)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    total = time.perf_counter() - inicio
    print(f"Todas las descargas terminadas en {total:.2f} segundos")


if __name__ == "__main__":
    main()
