# BIEN: tres hilos en variables sueltas (como en el libro), start de los tres y luego join de los tres
import threading
import time


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}...")
    time.sleep(segundos)
    print(f"Descarga de {nombre} completada en {segundos} segundos.")


t0 = time.perf_counter()

hilo1 = threading.Thread(target=descargar, args=("Archivo1.txt", 3))
hilo2 = threading.Thread(target=descargar, args=("Archivo2.txt", 5))
hilo3 = threading.Thread(target=descargar, args=("Archivo3.txt", 2))

# Iniciar los hilos
hilo1.start()
hilo2.start()
hilo3.start()

# Esperar a que todos terminen
hilo1.join()
hilo2.join()
hilo3.join()

t1 = time.perf_counter()
print(f"Todas las descargas han sido completadas en {t1 - t0:.2f} segundos.")
