# Alternativa: una subclase de threading.Thread que sobrescribe run().
import threading
import time


class Descarga(threading.Thread):
    def __init__(self, nombre, segundos):
        super().__init__()
        self.nombre = nombre  # no «name»: Thread ya usa ese atributo
        self.segundos = segundos

    def run(self):
        print(f"Iniciando descarga de {self.nombre}")
        time.sleep(self.segundos)
        print(f"Descarga de {self.nombre} completada")


def main():
    inicio = time.perf_counter()
    descargas = [Descarga("Archivo 1", 3), Descarga("Archivo 2", 5), Descarga("Archivo 3", 2)]
    for descarga in descargas:
        descarga.start()
    for descarga in descargas:
        descarga.join()
    total = time.perf_counter() - inicio
    print(f"Todas las descargas completadas en {total:.2f} segundos")


if __name__ == "__main__":
    main()
