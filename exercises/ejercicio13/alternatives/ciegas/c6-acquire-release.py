# BIEN: acquire() y release() en try/finally (equivalente al with), mensajes charlatanes y duración de cada descarga
import threading
import time

semaforo = threading.Semaphore(2)   # el servidor solo admite 2 conexiones


def descargar(numero):
    print("📥 Descarga {}: en cola, esperando conexión libre".format(numero))
    semaforo.acquire()
    try:
        empezo = time.perf_counter()
        print("▶ Descarga {}: empieza".format(numero))
        time.sleep(1)   # simulamos la descarga
        print("✔ Descarga {}: termina ({:.2f} s)".format(numero, time.perf_counter() - empezo))
    finally:
        semaforo.release()


if __name__ == "__main__":
    antes = time.perf_counter()
    mis_hilos = []
    for numero in range(1, 7):
        mis_hilos.append(threading.Thread(target=descargar, args=(numero,)))
    for hilo in mis_hilos:
        hilo.start()
    for hilo in mis_hilos:
        hilo.join()
    despues = time.perf_counter()
    print("¡Listo! Todas las descargas terminadas en {:.2f} segundos".format(despues - antes))
