# BIEN: Semaphore(2) de módulo, with semaforo alrededor de empieza/sleep(1)/termina, 6 Thread start y join, perf_counter
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
hilos = []
for n in range(1, 7):
    hilo = threading.Thread(target=descargar, args=(n,))
    hilos.append(hilo)
    hilo.start()
for hilo in hilos:
    hilo.join()
print(f"Todas las descargas terminadas en {time.perf_counter() - inicio:.2f} segundos")
