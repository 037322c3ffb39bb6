# Fake: semaforo exists at module level but is never used. The "2 at a time"
# limit comes from a join chain: download N waits (join) for the thread of
# download N-2 before it "starts", so the batches 1-2, 3-4, 5-6 follow each
# other and at most 2 sleeps overlap.
import threading
import time

semaforo = threading.Semaphore(2)   # decoy
hilos = []
todos_arrancados = threading.Event()


def descargar(numero):
    print(f"Descarga {numero}: en cola")
    todos_arrancados.wait()
    if numero > 2:
        hilos[numero - 3].join()      # wait for download numero-2, not for a permit
    print(f"Descarga {numero}: empieza")
    time.sleep(1)
    print(f"Descarga {numero}: termina")


def main():
    inicio = time.perf_counter()
    for n in range(1, 7):
        hilos.append(threading.Thread(target=descargar, args=(n,)))
    for h in hilos:
        h.start()
    todos_arrancados.set()
    for h in hilos:
        h.join()
    print(f"Todas las descargas terminadas en {time.perf_counter() - inicio:.2f} segundos")


if __name__ == "__main__":
    main()
