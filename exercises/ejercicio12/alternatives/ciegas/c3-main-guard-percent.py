# BIEN: fases lanzadas bajo if __name__ == "__main__" (siguen siendo variables de módulo), formato con %
import threading
import time

HILOS = 4
VECES = 100
esperado = HILOS * VECES
contador = 0
candado = threading.Lock()


def sumar_sin_lock():
    """Cada suma lee, 'trabaja' 1 ms y escribe: sin protección."""
    global contador
    n = 0
    while n < VECES:
        valor = contador
        time.sleep(0.001)
        contador = valor + 1
        n += 1


def sumar_con_lock():
    """Igual, pero los tres pasos son una sección crítica."""
    global contador
    n = 0
    while n < VECES:
        with candado:
            valor = contador
            time.sleep(0.001)
            contador = valor + 1
        n += 1


def lanzar(funcion):
    global contador
    contador = 0
    grupo = []
    for i in range(HILOS):
        h = threading.Thread(target=funcion, name="trabajador-%d" % (i + 1))
        h.start()
        grupo.append(h)
    for h in grupo:
        h.join()
    return contador


if __name__ == "__main__":
    sin_lock = lanzar(sumar_sin_lock)
    con_lock = lanzar(sumar_con_lock)
    print("Esperado: %d (%d hilos x %d sumas)" % (esperado, HILOS, VECES))
    print("Sin lock: %d (se perdieron %d sumas)" % (sin_lock, esperado - sin_lock))
    print("Con lock: %d (se perdieron %d sumas)" % (con_lock, esperado - con_lock))
