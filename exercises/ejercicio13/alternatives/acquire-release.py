# Alternativa: acquire()/release() con try/finally, hilos con nombre y redacción en inglés.
from threading import Semaphore, Thread
from time import perf_counter, sleep

semaforo = Semaphore(2)


def download(number):
    print(f"Download {number}: queued")
    semaforo.acquire()
    try:
        print(f"Download {number}: starting")
        sleep(1)
        print(f"Download {number}: done")
    finally:
        semaforo.release()  # en un finally: el permiso vuelve aunque algo falle


start = perf_counter()
threads = [Thread(target=download, args=(n,), name=f"download-{n}") for n in range(1, 7)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"All downloads finished in {perf_counter() - start:.2f} s")
