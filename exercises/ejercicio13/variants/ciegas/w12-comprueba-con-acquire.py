import threading
import time

semaforo = threading.Semaphore(2)
pantalla = threading.Lock()  # para que las líneas de los hilos no se mezclen


def decir(texto):
    with pantalla:
        print(texto)


def descargar(numero):
    decir(f"Descarga {numero}: en cola")
    with semaforo:
        decir(f"Descarga {numero}: empieza")
        time.sleep(1)
        decir(f"Descarga {numero}: termina")


def main():
    inicio = time.perf_counter()
    hilos = [threading.Thread(target=descargar, args=(n,)) for n in range(1, 7)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    # compruebo que los 2 permisos han vuelto al semáforo
    libres = sum(semaforo.acquire(blocking=False) for _ in range(2))
    assert libres == 2, "se ha perdido algún permiso"
    total = time.perf_counter() - inicio
    print(f"Todas las descargas terminadas en {total:.2f} segundos")


if __name__ == "__main__":
    main()
