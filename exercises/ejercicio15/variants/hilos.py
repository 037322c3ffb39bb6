# MAL (para este ejercicio): hace las tres esperas a la vez, pero con hilos y
# time.sleep en lugar de tareas de asyncio. Sale lo mismo a los mismos tiempos;
# el ejercicio pide corrutinas en un bucle de eventos.
import threading
import time

CONSULTAS = [("API 1", 1), ("API 2", 2), ("API 3", 1.5)]


def consultar(nombre, segundos):
    print(f"Consultando {nombre}...")
    time.sleep(segundos)
    print(f"{nombre} respondió en {segundos} s")


inicio = time.perf_counter()
hilos = [threading.Thread(target=consultar, args=consulta) for consulta in CONSULTAS]
for hilo in hilos:
    hilo.start()
for hilo in hilos:
    hilo.join()
print(f"Todas las consultas terminaron en {time.perf_counter() - inicio:.2f} s")
