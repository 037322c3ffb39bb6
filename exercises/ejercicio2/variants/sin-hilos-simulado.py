# MAL: no hay ningún hilo. Imita la salida y los tiempos de la solución
# durmiendo en el hilo principal (2 s, 1 s, 2 s) e imprimiendo los finales a
# mano en el orden «correcto». La salida se parece, pero no hay concurrencia.
import time

inicio = time.perf_counter()
print("Iniciando descarga de Archivo 1")
print("Iniciando descarga de Archivo 2")
print("Iniciando descarga de Archivo 3")
time.sleep(2)
print("Archivo 3 descargado en 2 segundos")
time.sleep(1)
print("Archivo 1 descargado en 3 segundos")
time.sleep(2)
print("Archivo 2 descargado en 5 segundos")
print(f"Todas las descargas completadas en {time.perf_counter() - inicio:.2f} segundos")
