# MAL: crea el semáforo pero no lo usa. Las 6 descargas duermen a la vez, así
# que hay 6 en curso al mismo tiempo y todo tarda ~1 s en lugar de ~3 s.
import threading
import time

DESCARGAS = 6
semaforo = threading.Semaphore(2)  # dos permisos: dos descargas a la vez como mucho


def descargar(numero):
    print(f"Descarga {numero}: en cola")
    # falta «with semaforo:»: nadie limita cuántas van a la vez
    print(f"Descarga {numero}: empieza")
    time.sleep(1)
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
