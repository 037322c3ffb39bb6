# Alternativa: acquire()/release() con try/finally en lugar de «with», hilos como
# subclase de Thread y la redacción en inglés.
from threading import Lock, Thread
from time import sleep

HILOS = 4
VECES = 100
esperado = HILOS * VECES
contador = 0
candado = Lock()


class Sumador(Thread):
    def __init__(self, protegido):
        super().__init__()
        self.protegido = protegido

    def run(self):
        global contador
        for _ in range(VECES):
            if self.protegido:
                candado.acquire()
            try:
                valor = contador
                sleep(0.001)
                contador = valor + 1
            finally:
                if self.protegido:
                    candado.release()


def fase(protegido):
    global contador
    contador = 0
    sumadores = [Sumador(protegido) for _ in range(HILOS)]
    for s in sumadores:
        s.start()
    for s in sumadores:
        s.join()
    return contador


print(f"Expected: {esperado}")
sin_lock = fase(protegido=False)
print(f"Without lock: {sin_lock} ({esperado - sin_lock} lost)")
con_lock = fase(protegido=True)
print(f"With lock: {con_lock} ({esperado - con_lock} lost)")
