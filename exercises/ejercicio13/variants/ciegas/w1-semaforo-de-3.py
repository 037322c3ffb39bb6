# MAL: semáforo del tamaño equivocado (3 en vez de 2): deja pasar 3 descargas a la vez y el total baja a ~2 s
import threading
import time

semaforo = threading.Semaphore(3)


def descargar(numero):
    print(f"Descarga {numero}: en cola")
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
