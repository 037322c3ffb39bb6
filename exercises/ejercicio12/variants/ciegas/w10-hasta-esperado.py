import threading
import time
from typing import Callable

HILOS = 4
VECES = 100
esperado = HILOS * VECES
contador = 0
candado = threading.Lock()


def sumar_sin_lock() -> None:
    """Suma VECES veces sin protección: leer, «trabajar» 1 ms, escribir."""
    global contador
    for _ in range(VECES):
        valor = contador
        time.sleep(0.001)
        contador = valor + 1


def sumar_con_lock() -> None:
    """Con el candado: los hilos se reparten las sumas hasta llegar a esperado."""
    global contador
    while True:
        with candado:
            if contador >= esperado:  # ya están todas las sumas: ninguno se pasa
                break
            valor = contador
            time.sleep(0.001)
            contador = valor + 1


def lanzar(funcion: Callable[[], None]) -> int:
    """Pone el contador a 0, ejecuta funcion en HILOS hilos y devuelve el total."""
    global contador
    contador = 0
    hilos = [threading.Thread(target=funcion) for _ in range(HILOS)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    return contador


sin_lock = lanzar(sumar_sin_lock)
con_lock = lanzar(sumar_con_lock)

print(f"Esperado: {esperado} ({HILOS} hilos × {VECES} sumas)")
print(f"Sin lock: {sin_lock} (se perdieron {esperado - sin_lock} sumas)")
print(f"Con lock: {con_lock} (se perdieron {esperado - con_lock} sumas)")
