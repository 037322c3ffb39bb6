# MAL: «arregla» la carrera quitando el sleep y usando contador += 1 sin lock: da 400 por suerte, pero no hay exclusión mutua (candado no se usa)
import threading
import time

HILOS = 4
VECES = 100
esperado = HILOS * VECES
contador = 0
candado = threading.Lock()


def sumar_sin_lock():
    global contador
    for _ in range(VECES):
        valor = contador
        time.sleep(0.001)
        contador = valor + 1


def sumar_con_lock():
    # sin el sleep ya no se pierden sumas, así que no hace falta el lock
    global contador
    for _ in range(VECES):
        contador += 1


def lanzar(funcion):
    global contador
    contador = 0
    hilos = [threading.Thread(target=funcion) for _ in range(HILOS)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    return contador


sin_lock = lanzar(sumar_sin_lock)
con_lock = lanzar(sumar_con_lock)

print("Esperado:", esperado, "(4 hilos × 100 sumas)")
print("Sin lock:", sin_lock, "(se perdieron", esperado - sin_lock, "sumas)")
print("Con lock:", con_lock, "(se perdieron", esperado - con_lock, "sumas)")
