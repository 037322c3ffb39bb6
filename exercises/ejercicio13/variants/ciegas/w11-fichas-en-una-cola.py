# Fake: semaforo = threading.Semaphore(2) is there, but nobody acquires it.
# The limit is a hand-made token bucket: a queue.Queue holding 2 tokens;
# each thread get()s a token before downloading and put()s it back after.
import queue
import threading
import time

semaforo = threading.Semaphore(2)   # decoy
fichas = queue.Queue()
for _ in range(2):
    fichas.put("ficha")


def descargar(numero):
    print(f"Descarga {numero}: en cola")
    ficha = fichas.get()              # blocks when both tokens are taken
    try:
        print(f"Descarga {numero}: empieza")
        time.sleep(1)
        print(f"Descarga {numero}: termina")
    finally:
        fichas.put(ficha)


def main():
    inicio = time.perf_counter()
    hilos = [threading.Thread(target=descargar, args=(n,)) for n in range(1, 7)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    print(f"Todas las descargas terminadas en {time.perf_counter() - inicio:.2f} segundos")


if __name__ == "__main__":
    main()
