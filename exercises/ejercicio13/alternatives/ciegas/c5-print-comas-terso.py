# BIEN: estilo escueto con print(a, b, c), lista de números, map para arrancar los hilos, resumen «Total: X s»
import threading
import time

semaforo = threading.Semaphore(2)
NUMEROS = [1, 2, 3, 4, 5, 6]


def descargar(numero):
    print("Descarga", numero, "-> en cola")
    with semaforo:
        print("Descarga", numero, "-> empieza")
        time.sleep(1)
        print("Descarga", numero, "-> termina")


t = time.perf_counter()
hs = [threading.Thread(target=descargar, args=[n]) for n in NUMEROS]
list(map(threading.Thread.start, hs))
for h in hs:
    h.join()
print("Total:", round(time.perf_counter() - t, 2), "s")
