# BIEN: igual que el patrón pero imprimiendo con print(a, b, c) y midiendo cuánto tarda cada fase
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
        v = contador
        time.sleep(0.001)
        contador = v + 1


def sumar_con_lock():
    global contador
    for _ in range(VECES):
        with candado:
            v = contador
            time.sleep(0.001)
            contador = v + 1


def lanzar(funcion):
    global contador
    contador = 0
    ts = []
    for _ in range(HILOS):
        ts.append(threading.Thread(target=funcion))
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return contador


t0 = time.perf_counter()
sin_lock = lanzar(sumar_sin_lock)
t1 = time.perf_counter()
con_lock = lanzar(sumar_con_lock)
t2 = time.perf_counter()

print("Esperado:", esperado, "(" + str(HILOS), "hilos ×", VECES, "sumas)")
print("Sin lock:", sin_lock, "(se perdieron", esperado - sin_lock, "sumas;", round(t1 - t0, 2), "s)")
print("Con lock:", con_lock, "(se perdieron", esperado - con_lock, "sumas;", round(t2 - t1, 2), "s)")
