# MAL: ni hilos ni procesos ni concurrent.futures. Imita la salida y los tiempos
# desde el hilo principal: duerme 0.5 s entre las líneas para que lleguen en el
# orden «correcto» y escribe los resultados de memoria. Por fuera se parece;
# por dentro no hay nada concurrente.
import time

inicio = time.perf_counter()
for numero in (1, 2, 3):
    print(f"Descargando Página {numero}...")
time.sleep(0.5)
print("Página 2 descargada en 0.5 s")
time.sleep(0.5)
print("Página 3 descargada en 1.0 s")
time.sleep(0.5)
print("Página 1 descargada en 1.5 s")
time.sleep(0.4)
print("Primos menores que 50000: 5133")
print("Primos menores que 100000: 9592")
print("Primos menores que 150000: 13848")
print(f"Todo terminado en {time.perf_counter() - inicio:.2f} s")
