# BIEN: subclase de threading.Thread cuyo run() llama a descargar; mensajes en inglés; main()
import threading
import time


def descargar(nombre, segundos):
    print(f"Starting download of {nombre}")
    time.sleep(segundos)
    print(f"Finished {nombre} after {segundos} s")


class DownloadThread(threading.Thread):
    def __init__(self, nombre, segundos):
        super().__init__()
        self.nombre = nombre
        self.segundos = segundos

    def run(self):
        descargar(self.nombre, self.segundos)


def main():
    jobs = {"Archivo 1": 3, "Archivo 2": 5, "Archivo 3": 2}
    threads = [DownloadThread(name, secs) for name, secs in jobs.items()]

    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start

    print(f"Total time: {elapsed:.2f} seconds")


if __name__ == "__main__":
    main()
