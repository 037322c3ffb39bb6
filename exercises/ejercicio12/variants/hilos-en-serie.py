# MAL: arranca cada hilo y lo espera con join() antes de arrancar el siguiente.
# Los hilos nunca corren a la vez, así que no hay carrera: la fase «sin lock»
# no pierde nada y el programa no muestra el problema.
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
        hilo.join()  # espera a este antes de arrancar el siguiente: van en fila
    return contador


print(f"Esperado: {esperado} ({HILOS} hilos × {VECES} sumas)")
sin_lock = lanzar(sumar_sin_lock)
print(f"Sin lock: {sin_lock} (se perdieron {esperado - sin_lock} sumas)")
con_lock = lanzar(sumar_con_lock)
print(f"Con lock: {con_lock} (se perdieron {esperado - con_lock} sumas)")
