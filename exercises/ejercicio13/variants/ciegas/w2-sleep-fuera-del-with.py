# MAL: la espera de la descarga (time.sleep) queda fuera del with: el semáforo solo protege los print y las 6 descargas corren a la vez (~1 s)
import threading
import time

semaforo = threading.Semaphore(2)


def descargar(numero):
    print("Descarga {}: en cola".format(numero))
    with semaforo:
        print("Descarga {}: empieza".format(numero))
    time.sleep(1)
    print("Descarga {}: termina".format(numero))


inicio = time.time()
hilos = []
for n in range(1, 7):
    h = threading.Thread(target=descargar, args=(n,))
    h.start()
    hilos.append(h)
for h in hilos:
    h.join()
print("Todas las descargas terminadas en {:.2f} segundos".format(time.time() - inicio))
