# MAL: el lock solo rodea la escritura; la lectura y el sleep quedan fuera, así que la sección crítica no es leer-calcular-escribir y se siguen perdiendo sumas
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
    global contador
    for _ in range(VECES):
        valor = contador
        time.sleep(0.001)
        with candado:
            contador = valor + 1


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

print("Esperado: {} ({} hilos x {} sumas)".format(esperado, HILOS, VECES))
print("Sin lock: {} (se perdieron {} sumas)".format(sin_lock, esperado - sin_lock))
print("Con lock: {} (se perdieron {} sumas)".format(con_lock, esperado - con_lock))
