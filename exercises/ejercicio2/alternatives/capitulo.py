import threading
import time

def descargar_archivo(nombre_archivo, duracion):
    print(f"Iniciando descarga de {nombre_archivo}...")
    time.sleep(duracion)
    print(f"Descarga de {nombre_archivo} completada en {duracion} segundos.")

# Crear hilos para descargar tres archivos
hilo1 = threading.Thread(target=descargar_archivo, args=("Archivo1.txt", 3))
hilo2 = threading.Thread(target=descargar_archivo, args=("Archivo2.txt", 5))
hilo3 = threading.Thread(target=descargar_archivo, args=("Archivo3.txt", 2))

# Iniciar los hilos
hilo1.start()
hilo2.start()
hilo3.start()

# Esperar a que todos los hilos terminen
hilo1.join()
hilo2.join()
hilo3.join()

print("Todas las descargas han sido completadas.")
