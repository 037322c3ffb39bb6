import contextlib
import logging
import sys

log = logging.getLogger("ejercicio11")
_salida = logging.StreamHandler(sys.stdout)
_salida.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(_salida)
log.setLevel(logging.INFO)
log.propagate = False


class Contador:
    def __init__(self, nombre, suprimir=False):
        self.nombre = nombre
        self.suprimir = suprimir
        self.operaciones = 0

    def sumar(self):
        self.operaciones += 1

    def __enter__(self):
        log.info("%s: entrando", self.nombre)
        return self

    def __exit__(self, tipo, valor, traza):
        if tipo is None:
            log.info("%s: saliendo tras %d operaciones, sin errores",
                     self.nombre, self.operaciones)
            return False
        if self.suprimir:
            log.info("%s: saliendo tras %d operaciones, error %s suprimido",
                     self.nombre, self.operaciones, tipo.__name__)
            return True
        log.info("%s: saliendo tras %d operaciones, error %s (se propaga)",
                 self.nombre, self.operaciones, tipo.__name__)
        return False


@contextlib.contextmanager
def contando(nombre):
    log.info("%s: entrando", nombre)
    operaciones = []
    try:
        yield operaciones
    except Exception as error:
        log.info("%s: vio el error %s", nombre, type(error).__name__)
        raise
    finally:
        log.info("%s: saliendo tras %d operaciones", nombre, len(operaciones))


def comprobar(precio):
    if precio < 0:
        raise ValueError(f"precio negativo: {precio}")


with Contador("Lote 1") as cuenta:
    for precio in [10, 20, 30]:
        comprobar(precio)
        cuenta.sumar()

try:
    with Contador("Lote 2") as cuenta:
        for precio in [10, -5, 30]:
            comprobar(precio)
            cuenta.sumar()
except ValueError as e:
    log.info("Capturado fuera del with: %s: %s", type(e).__name__, e)

with Contador("Lote 3", suprimir=True) as cuenta:
    for precio in [10, 20, -1, 40]:
        comprobar(precio)
        cuenta.sumar()
log.info("Tras el lote 3 el programa sigue")

with contando("Lote 4") as operaciones:
    for precio in [5, 15]:
        comprobar(precio)
        operaciones.append(precio)

try:
    with contando("Lote 5") as operaciones:
        for precio in [-7, 8]:
            comprobar(precio)
            operaciones.append(precio)
except ValueError as e:
    log.info("Capturado fuera del with: %s: %s", type(e).__name__, e)
