# MAL: no hay hilos ni semáforo. El hilo principal imprime las líneas que tendría
# la solución, en tandas de dos, durmiendo 1 s entre tandas: la salida y los
# tiempos se parecen, pero no hay nada concurrente.
import threading
import time

semaforo = threading.Semaphore(2)

inicio = time.perf_counter()
for numero in range(1, 7):
    print(f"Descarga {numero}: en cola")
for primera in (1, 3, 5):
    print(f"Descarga {primera}: empieza")
    print(f"Descarga {primera + 1}: empieza")
    time.sleep(1)
    print(f"Descarga {primera}: termina")
    print(f"Descarga {primera + 1}: termina")
print(f"Todas las descargas terminadas en {time.perf_counter() - inicio:.2f} segundos")
