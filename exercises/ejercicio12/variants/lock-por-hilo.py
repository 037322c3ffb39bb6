# MAL: el lock se crea DENTRO de la función, así que cada hilo tiene el suyo.
# Un lock solo excluye a quien usa ese mismo objeto: aquí nadie espera a nadie y
# la fase «con lock» pierde sumas igual que la otra.
import threading
import time

HILOS = 4
VECES = 100
esperado = HILOS * VECES

contador = 0


def sumar_sin_lock():
    global contador
    for _ in range(VECES):
        valor = contador      # 1. leer
        time.sleep(0.001)     # 2. 1 ms de «trabajo»: mientras, otros hilos leen el mismo valor
        contador = valor + 1  # 3. escribir, pisando lo que escribió el otro


def sumar_con_lock():
    global contador
    candado = threading.Lock()  # uno por hilo: no protege nada
    for _ in range(VECES):
        with candado:  # leer-esperar-escribir es ahora una sección crítica
            valor = contador
            time.sleep(0.001)
            contador = valor + 1


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
