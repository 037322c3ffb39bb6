# MAL: trampa: la fase «con lock» no se ejecuta de verdad; con_lock se iguala a esperado en vez de medir el contador tras lanzar los hilos
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
    hilos = [threading.Thread(target=funcion) for _ in range(HILOS)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    return contador


sin_lock = lanzar(sumar_sin_lock)
con_lock = esperado  # con el lock siempre da el esperado

print(f"Esperado: {esperado} ({HILOS} hilos × {VECES} sumas)")
print(f"Sin lock: {sin_lock} (se perdieron {esperado - sin_lock} sumas)")
print(f"Con lock: {con_lock} (se perdieron {esperado - con_lock} sumas)")
