# BIEN: mensajes en inglés, main(), hilos creados con comprensión y arrancados después, time.time y .format
import threading
import time

semaforo = threading.Semaphore(2)


def descargar(numero):
    print("Download {}: queued".format(numero))
    with semaforo:
        print("Download {}: started".format(numero))
        time.sleep(1)
        print("Download {}: done".format(numero))


def main():
    start = time.time()
    workers = [threading.Thread(target=descargar, args=(i,), name="dl-{}".format(i))
               for i in range(1, 7)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("All downloads finished in {:.2f} seconds".format(time.time() - start))


if __name__ == "__main__":
    main()
