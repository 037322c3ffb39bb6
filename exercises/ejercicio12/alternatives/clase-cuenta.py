# Alternativa: el dato compartido es un atributo de un objeto Cuenta, y una sola
# función de hilo recibe por argumento si debe usar el candado.
import threading
import time

HILOS = 4
VECES = 100
esperado = HILOS * VECES
candado = threading.Lock()


class Cuenta:
    def __init__(self):
        self.saldo = 0


def ingresar(cuenta, protegido):
    for _ in range(VECES):
        if protegido:
            with candado:
                saldo = cuenta.saldo
                time.sleep(0.001)
                cuenta.saldo = saldo + 1
        else:
            saldo = cuenta.saldo
            time.sleep(0.001)
            cuenta.saldo = saldo + 1


def fase(protegido):
    cuenta = Cuenta()
    hilos = [threading.Thread(target=ingresar, args=(cuenta, protegido)) for _ in range(HILOS)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    return cuenta.saldo


print(f"Total esperado: {esperado}")
sin_lock = fase(protegido=False)
print(f"Sin candado: {sin_lock} de {esperado}")
con_lock = fase(protegido=True)
print(f"Con candado: {con_lock} de {esperado}")
