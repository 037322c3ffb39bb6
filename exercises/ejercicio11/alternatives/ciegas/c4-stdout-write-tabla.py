# BIEN: sys.stdout.write, lotes de clase recorridos desde una tabla, generador con except BaseException + raise
import sys
import contextlib


def escribir(texto):
    sys.stdout.write(texto + "\n")


class Contador:
    def __init__(self, nombre, suprimir=False):
        self.nombre, self.suprimir, self.total = nombre, suprimir, 0

    def sumar(self):
        self.total += 1

    def __enter__(self):
        escribir(self.nombre + ": entra")
        return self

    def __exit__(self, tipo, valor, traza):
        base = "%s: sale tras %d operaciones, " % (self.nombre, self.total)
        if tipo is None:
            escribir(base + "sin errores")
            return False
        suprime = bool(self.suprimir)
        if suprime:
            escribir(base + "error " + tipo.__name__ + " suprimido")
        else:
            escribir(base + "error " + tipo.__name__ + " (se propaga)")
        return suprime


@contextlib.contextmanager
def contando(nombre):
    escribir(nombre + ": entra")
    hechas = []
    try:
        yield hechas
    except BaseException as exc:
        escribir(nombre + ": vio el error " + type(exc).__name__)
        raise
    finally:
        escribir(nombre + ": sale tras " + str(len(hechas)) + " operaciones")


def comprobar(precio):
    if precio < 0:
        raise ValueError("precio negativo: " + str(precio))


LOTES_CLASE = [
    ("Lote 1", [10, 20, 30], False),
    ("Lote 2", [10, -5, 30], False),
    ("Lote 3", [10, 20, -1, 40], True),
]

for nombre, precios, suprimir in LOTES_CLASE:
    try:
        with Contador(nombre, suprimir=suprimir) as cuenta:
            for precio in precios:
                comprobar(precio)
                cuenta.sumar()
    except ValueError as error:
        escribir("Capturado fuera del with: ValueError: " + str(error))
    if suprimir:
        escribir("Tras el lote 3 el programa sigue")

for nombre, precios in [("Lote 4", [5, 15]), ("Lote 5", [-7, 8])]:
    try:
        with contando(nombre) as hechas:
            for precio in precios:
                comprobar(precio)
                hechas.append(precio)
    except ValueError as error:
        escribir("Capturado fuera del with: ValueError: " + str(error))
