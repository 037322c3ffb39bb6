# MAL: el semáforo solo rodea el print de «empieza»; el time.sleep(1) queda
# fuera del with, así que las 6 esperas (las «descargas») se solapan igualmente.
import threading
import time

DESCARGAS = 6
semaforo = threading.Semaphore(2)  # dos permisos: dos descargas a la vez como mucho


def descargar(numero):
    print(f"Descarga {numero}: en cola")
    with semaforo:
        print(f"Descarga {numero}: empieza")
    time.sleep(1)  # fuera del with: aquí ya no hay límite
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
