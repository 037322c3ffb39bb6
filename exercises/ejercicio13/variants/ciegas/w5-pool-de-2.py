# MAL: limita con un ThreadPoolExecutor de 2 trabajadores en vez de con el semáforo: no hay 6 hilos y el semáforo nunca hace esperar a nadie
import threading
import time
from concurrent.futures import ThreadPoolExecutor

semaforo = threading.Semaphore(2)


def descargar(numero):
    print(f"Descarga {numero}: en cola")
    with semaforo:
        print(f"Descarga {numero}: empieza")
        time.sleep(1)
        print(f"Descarga {numero}: termina")


inicio = time.perf_counter()
with ThreadPoolExecutor(max_workers=2) as pool:
    list(pool.map(descargar, range(1, 7)))
print(f"Todas las descargas terminadas en {time.perf_counter() - inicio:.2f} segundos")
