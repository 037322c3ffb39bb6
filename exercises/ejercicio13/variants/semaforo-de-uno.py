# MAL: Semaphore(1) solo da un permiso; se comporta como un Lock y las descargas
# van de una en una: nunca hay dos a la vez y todo tarda ~6 s.
import threading
import time

DESCARGAS = 6
semaforo = threading.Semaphore(1)  # un solo permiso: de una en una


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
