# MAL: el lock protege solo la espera y contador += 1 queda fuera, confiando
# en el GIL. En 3.10+ el resultado sale exacto casi siempre, pero leer y
# escribir el contador no están protegidos: un cambio de hilo en medio pierde
# la suma.
import threading
import time

HILOS = 4
VECES = 100
esperado = HILOS * VECES

contador = 0
candado = threading.Lock()  # UN solo candado, compartido por todos los hilos


def sumar_sin_lock():
    global contador
    for _ in range(VECES):
        valor = contador      # 1. leer
        time.sleep(0.001)     # 2. 1 ms de «trabajo»: mientras, otros hilos leen el mismo valor
        contador = valor + 1  # 3. escribir, pisando lo que escribió el otro


def sumar_con_lock():
    global contador
    for _ in range(VECES):
        with candado:  # el «trabajo» es lo que deja entrar a los demás: lo protejo
            time.sleep(0.001)
        contador += 1  # una sola línea: el GIL no dejará que se pise... casi nunca


def lanzar(funcion):
    """Pone el contador a cero, corre HILOS hilos con funcion y devuelve el total."""
    global contador
    contador = 0
    hilos = [threading.Thread(target=funcion) for _ in range(HILOS)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()  # sin join leeríamos el contador a medias
    return contador


print(f"Esperado: {esperado} ({HILOS} hilos × {VECES} sumas)")
sin_lock = lanzar(sumar_sin_lock)
print(f"Sin lock: {sin_lock} (se perdieron {esperado - sin_lock} sumas)")
con_lock = lanzar(sumar_con_lock)
print(f"Con lock: {con_lock} (se perdieron {esperado - con_lock} sumas)")
