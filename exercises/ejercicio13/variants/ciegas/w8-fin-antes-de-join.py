import threading
import time

semaforo = threading.Semaphore(2)


def descargar(numero):
    print(f"Descarga {numero}: en cola")
    with semaforo:
        print(f"Descarga {numero}: empieza")
        time.sleep(1)
        print(f"Descarga {numero}: termina")


inicio = time.time()
hilos = [threading.Thread(target=descargar, args=(n,)) for n in range(1, 7)]
for h in hilos:
    h.start()
fin = time.time()
for h in hilos:
    h.join()
print(f"Todas las descargas terminadas en {fin - inicio:.2f} segundos")
