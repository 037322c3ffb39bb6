# Ejercicio 2: tres descargas a la vez, cada una en su hilo.
import threading
import time

ARCHIVOS = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]


def descargar(nombre, segundos):
    # Un solo print por línea: así dos hilos no mezclan sus trozos.
    print(f"Iniciando descarga de {nombre}")
    time.sleep(segundos)  # la «red»: mientras duerme, los otros hilos avanzan
    print(f"{nombre} descargado en {segundos} segundos")


def main():
    inicio = time.perf_counter()

    hilos = []
    for nombre, segundos in ARCHIVOS:
        hilo = threading.Thread(target=descargar, args=(nombre, segundos))
        hilo.start()  # arranca y vuelve enseguida
        hilos.append(hilo)

    for hilo in hilos:
        hilo.join()  # espera a que ese hilo termine

    total = time.perf_counter() - inicio
    print(f"Todas las descargas completadas en {total:.2f} segundos")


if __name__ == "__main__":
    main()
