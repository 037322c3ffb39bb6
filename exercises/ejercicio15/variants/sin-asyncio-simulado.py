# MAL: no usa asyncio. Imita la salida y los tiempos de la solución durmiendo en
# el hilo principal (1 s, 0.5 s, 0.5 s) e imprimiendo las respuestas a mano en
# el orden «correcto». Se parece por fuera, pero no hay ninguna tarea.
import time

inicio = time.perf_counter()
print("Consultando API 1...")
print("Consultando API 2...")
print("Consultando API 3...")
time.sleep(1)
print("API 1 respondió en 1 s")
time.sleep(0.5)
print("API 3 respondió en 1.5 s")
time.sleep(0.5)
print("API 2 respondió en 2 s")
print(f"Todas las consultas terminaron en {time.perf_counter() - inicio:.2f} s")
