# MAL: trampa: los hilos solo imprimen «en cola»; las tandas de dos y el sleep(1) se simulan en el hilo principal, sin que el semáforo limite ninguna descarga real
import threading
import time

semaforo = threading.Semaphore(2)


def descargar(numero):
    print(f"Descarga {numero}: en cola")


inicio = time.perf_counter()
hilos = [threading.Thread(target=descargar, args=(n,)) for n in range(1, 7)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()

for tanda in ((1, 2), (3, 4), (5, 6)):
    with semaforo:
        for n in tanda:
            print(f"Descarga {n}: empieza")
        time.sleep(1)
        for n in tanda:
            print(f"Descarga {n}: termina")

print(f"Todas las descargas terminadas en {time.perf_counter() - inicio:.2f} segundos")
