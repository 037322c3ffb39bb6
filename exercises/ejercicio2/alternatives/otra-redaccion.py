# Alternativa: otra redacción de las líneas (nombres de fichero, otro resumen).
import threading
import time

DURACIONES = {"Archivo1.txt": 3, "Archivo2.txt": 5, "Archivo3.txt": 2}


def descargar(fichero, segundos):
    print(f"Comienza la descarga de {fichero}")
    time.sleep(segundos)
    print(f"{fichero}: descarga finalizada ({segundos} s)")


def main():
    inicio = time.perf_counter()
    hilos = [threading.Thread(target=descargar, args=item) for item in DURACIONES.items()]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    print(f"Resumen: todo listo en {time.perf_counter() - inicio:.1f} s")


if __name__ == "__main__":
    main()
