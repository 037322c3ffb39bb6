# MAL (para este ejercicio): limita la concurrencia con un ThreadPoolExecutor de
# 2 hilos en lugar de con un semáforo. Solo hay 2 hilos que se turnan las 6
# descargas; el ejercicio pide 6 hilos y que sea el semáforo quien los frene.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

semaforo = threading.Semaphore(2)  # creado, pero el límite lo pone el pool


def descargar(numero):
    print(f"Descarga {numero}: empieza")
    time.sleep(1)
    print(f"Descarga {numero}: termina")


inicio = time.perf_counter()
with ThreadPoolExecutor(max_workers=2) as pool:
    for numero in range(1, 7):
        print(f"Descarga {numero}: en cola")
    futuros = [pool.submit(descargar, n) for n in range(1, 7)]
    for futuro in futuros:
        futuro.result()
print(f"Todas las descargas terminadas en {time.perf_counter() - inicio:.2f} segundos")
