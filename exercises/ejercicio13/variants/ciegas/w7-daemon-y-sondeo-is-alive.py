import threading
import time

semaforo = threading.Semaphore(2)


def descargar(numero):
    print(f"Descarga {numero}: en cola")
    with semaforo:
        print(f"Descarga {numero}: empieza")
        time.sleep(1)
        print(f"Descarga {numero}: termina")


inicio = time.perf_counter()
hilos = [threading.Thread(target=descargar, args=(n,), daemon=True) for n in range(1, 7)]
for h in hilos:
    h.start()
# espero a que no quede ninguna descarga viva
while any(h.is_alive() for h in hilos):
    time.sleep(0.1)
print(f"Todas las descargas terminadas en {time.perf_counter() - inicio:.2f} segundos")
