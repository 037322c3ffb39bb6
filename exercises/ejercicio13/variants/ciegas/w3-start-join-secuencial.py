# MAL: hace start() y join() de cada hilo en la misma vuelta: las descargas van de una en una (~6 s) y el semáforo nunca frena a nadie
import threading
import time

semaforo = threading.Semaphore(2)


def descargar(numero):
    print("Descarga %d: en cola" % numero)
    with semaforo:
        print("Descarga %d: empieza" % numero)
        time.sleep(1)
        print("Descarga %d: termina" % numero)


inicio = time.perf_counter()
for n in range(1, 7):
    hilo = threading.Thread(target=descargar, args=(n,))
    hilo.start()
    hilo.join()
print("Todas las descargas terminadas en %.2f segundos" % (time.perf_counter() - inicio))
