# BIEN: main() que asigna sin_lock/con_lock con global, helper de informe y sys.stdout.write
import sys
import threading
import time

HILOS = 4
VECES = 100
esperado = HILOS * VECES
contador = 0
candado = threading.Lock()
sin_lock = None
con_lock = None


def sumar_sin_lock():
    global contador
    for _ in range(VECES):
        leido = contador
        time.sleep(0.001)
        contador = leido + 1


def sumar_con_lock():
    global contador
    for _ in range(VECES):
        with candado:
            leido = contador
            time.sleep(0.001)
            contador = leido + 1


def lanzar(funcion):
    global contador
    contador = 0
    hilos = list(map(lambda _: threading.Thread(target=funcion), range(HILOS)))
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    return contador


def informe(etiqueta, valor):
    sys.stdout.write(etiqueta + ": " + str(valor)
                     + " (se perdieron " + str(esperado - valor) + " sumas)\n")


def main():
    global sin_lock, con_lock
    sin_lock = lanzar(sumar_sin_lock)
    con_lock = lanzar(sumar_con_lock)
    sys.stdout.write("Esperado: %d (%d hilos × %d sumas)\n" % (esperado, HILOS, VECES))
    informe("Sin lock", sin_lock)
    informe("Con lock", con_lock)


main()
