# MAL: cada llamada a descargar crea su propio Semaphore(2): no es compartido, no limita nada y las 6 descargas van a la vez (~1 s)
import threading
import time

semaforo = threading.Semaphore(2)


def descargar(numero):
    print(f"Descarga {numero}: en cola")
    semaforo = threading.Semaphore(2)
    with semaforo:
        print(f"Descarga {numero}: empieza")
        time.sleep(1)
        print(f"Descarga {numero}: termina")


inicio = time.perf_counter()
hilos = [threading.Thread(target=descargar, args=(n,)) for n in range(1, 7)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(f"Todas las descargas terminadas en {time.perf_counter() - inicio:.2f} segundos")
