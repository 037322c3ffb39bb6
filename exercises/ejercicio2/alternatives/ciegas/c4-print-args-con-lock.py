# BIEN: print(a, b, c) con varios argumentos pero protegido con threading.Lock; diccionario de archivos
import threading
import time

candado = threading.Lock()


def descargar(nombre, segundos):
    with candado:
        print("Comienza la descarga de", nombre)
    time.sleep(segundos)
    with candado:
        print("Descarga de", nombre, "completada en", segundos, "segundos")


def main():
    archivos = {"Archivo 1": 3, "Archivo 2": 5, "Archivo 3": 2}
    lista_hilos = []
    for nombre, segundos in archivos.items():
        lista_hilos.append(threading.Thread(target=descargar, args=(nombre, segundos)))

    antes = time.perf_counter()
    for hilo in lista_hilos:
        hilo.start()
    for hilo in lista_hilos:
        hilo.join()
    despues = time.perf_counter()

    print("Todas las descargas terminadas en", round(despues - antes, 2), "segundos")


main()
