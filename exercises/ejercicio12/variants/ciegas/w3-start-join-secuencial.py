# MAL: lanzar hace start() y join() de cada hilo en la misma vuelta: los hilos corren uno tras otro, no hay concurrencia y la carrera «sin lock» no existe
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
        with candado:
            valor = contador
            time.sleep(0.001)
            contador = valor + 1


def lanzar(funcion):
    global contador
    contador = 0
    for _ in range(HILOS):
        hilo = threading.Thread(target=funcion)
        hilo.start()
        hilo.join()
    return contador


sin_lock = lanzar(sumar_sin_lock)
con_lock = lanzar(sumar_con_lock)

print("Esperado: %d (%d hilos x %d sumas)" % (esperado, HILOS, VECES))
print("Sin lock: %d (se perdieron %d sumas)" % (sin_lock, esperado - sin_lock))
print("Con lock: %d (se perdieron %d sumas)" % (con_lock, esperado - con_lock))
