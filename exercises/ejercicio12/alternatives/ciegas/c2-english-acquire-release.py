# BIEN: acquire()/release() en try/finally en vez de with, mensajes en inglés con .format
import threading
import time

HILOS = 4
VECES = 100
esperado = HILOS * VECES
contador = 0
candado = threading.Lock()


def sumar_sin_lock():
    global contador
    for i in range(VECES):
        valor = contador          # read
        time.sleep(0.001)         # "work"
        contador = valor + 1      # write


def sumar_con_lock():
    global contador
    for i in range(VECES):
        candado.acquire()
        try:
            valor = contador
            time.sleep(0.001)
            contador = valor + 1
        finally:
            candado.release()


def lanzar(funcion):
    global contador
    contador = 0
    threads = [threading.Thread(target=funcion) for _ in range(HILOS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return contador


sin_lock = lanzar(sumar_sin_lock)
con_lock = lanzar(sumar_con_lock)

print("Expected: {} ({} threads x {} increments)".format(esperado, HILOS, VECES))
print("Without lock: {} ({} increments lost)".format(sin_lock, esperado - sin_lock))
print("With lock: {} ({} increments lost)".format(con_lock, esperado - con_lock))
