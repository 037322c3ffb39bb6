# Ejercicio 12: una carrera entre hilos y su arreglo con threading.Lock.
# Guarda tu programa como ejercicio12.py y compruébalo con: pytutor check ejercicio12
import threading
import time

HILOS = 4
VECES = 100
esperado = HILOS * VECES

contador = 0
# TODO: crea aquí UN threading.Lock compartido, con el nombre candado.


def sumar_sin_lock():
    global contador
    for _ in range(VECES):
        # TODO: separa la lectura de la escritura para que la carrera se vea:
        #       valor = contador; time.sleep(0.001); contador = valor + 1
        contador += 1


def sumar_con_lock():
    global contador
    for _ in range(VECES):
        # TODO: los mismos tres pasos, pero dentro de «with candado:».
        contador += 1


def lanzar(funcion):
    """Pone el contador a cero, corre la función y devuelve el total."""
    global contador
    contador = 0
    # TODO: en lugar de llamar a la función HILOS veces aquí mismo, crea HILOS
    #       threading.Thread(target=funcion), arráncalos todos y espéralos con join().
    for _ in range(HILOS):
        funcion()
    return contador


print(f"Esperado: {esperado} ({HILOS} hilos × {VECES} sumas)")
sin_lock = lanzar(sumar_sin_lock)
print(f"Sin lock: {sin_lock} (se perdieron {esperado - sin_lock} sumas)")
con_lock = lanzar(sumar_con_lock)
print(f"Con lock: {con_lock} (se perdieron {esperado - con_lock} sumas)")
