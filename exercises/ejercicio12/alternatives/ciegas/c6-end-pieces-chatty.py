# BIEN: mensajes por piezas con print(..., end=""), comentarios de alumno, Thread con daemon=False y args vacíos
import threading
import time

HILOS = 4
VECES = 100
esperado = HILOS * VECES
contador = 0
candado = threading.Lock()   # UNO solo, compartido por todos los hilos


def sumar_sin_lock():
    global contador
    for paso in range(VECES):
        # leer -> trabajar -> escribir, sin nadie que impida que otro hilo se cuele
        copia = contador
        time.sleep(0.001)
        contador = copia + 1


def sumar_con_lock():
    global contador
    for paso in range(VECES):
        with candado:   # sección crítica: solo un hilo a la vez
            copia = contador
            time.sleep(0.001)
            contador = copia + 1


def lanzar(funcion):
    global contador
    contador = 0
    lista_hilos = []
    for numero in range(HILOS):
        lista_hilos.append(threading.Thread(target=funcion, args=(), daemon=False))
    for h in lista_hilos:
        h.start()
    # solo leemos el contador cuando TODOS han terminado
    for h in lista_hilos:
        h.join()
    return contador


sin_lock = lanzar(sumar_sin_lock)
con_lock = lanzar(sumar_con_lock)

print("Esperado: ", end="")
print(esperado, end="")
print(" (%d hilos × %d sumas)" % (HILOS, VECES))
for nombre, valor in (("Sin lock", sin_lock), ("Con lock", con_lock)):
    print(nombre + ": ", end="")
    print(valor, end=" ")
    print("(se perdieron {} sumas)".format(esperado - valor))
