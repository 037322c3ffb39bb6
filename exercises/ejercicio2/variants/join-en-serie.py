# MAL: crea hilos, pero hace start() y join() de cada uno en la misma vuelta
# del bucle: el hilo principal espera a que acabe uno antes de arrancar el
# siguiente, así que las esperas nunca se solapan (≈ 10 s, como sin hilos).
import threading
import time

ARCHIVOS = [("Archivo 1", 3), ("Archivo 2", 5), ("Archivo 3", 2)]


def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    time.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos")


inicio = time.perf_counter()
for nombre, segundos in ARCHIVOS:
    hilo = threading.Thread(target=descargar, args=(nombre, segundos))
    hilo.start()
    hilo.join()
print(f"Todas las descargas completadas en {time.perf_counter() - inicio:.2f} segundos")
