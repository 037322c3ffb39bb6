# BIEN: mensajes en inglés, main() y helper procesar(), .format, __exit__ devuelve bool(tipo) and suprimir
import contextlib


class Contador(object):
    """Counts operations inside a with block."""

    def __init__(self, nombre, suprimir=False):
        self.nombre = nombre
        self.suprimir = suprimir
        self.n = 0

    def sumar(self):
        self.n = self.n + 1
        return self.n

    def __enter__(self):
        print("{}: entering".format(self.nombre))
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            detail = "no errors"
        elif self.suprimir:
            detail = "error {} suppressed".format(exc_type.__name__)
        else:
            detail = "error {} (propagating)".format(exc_type.__name__)
        print("{}: leaving after {} operations, {}".format(self.nombre, self.n, detail))
        return exc_type is not None and self.suprimir


@contextlib.contextmanager
def contando(nombre):
    print("{}: entering".format(nombre))
    ops = []
    try:
        yield ops
    except Exception as exc:
        print("{}: saw error {}".format(nombre, exc.__class__.__name__))
        raise
    finally:
        print("{}: leaving after {} operations".format(nombre, len(ops)))


def comprobar(precio):
    if precio < 0:
        raise ValueError("negative price: {}".format(precio))
    return precio


def procesar(counter, prices):
    for p in prices:
        comprobar(p)
        counter.sumar()


def main():
    with Contador("Lote 1") as c:
        procesar(c, [10, 20, 30])

    try:
        with Contador("Lote 2") as c:
            procesar(c, [10, -5, 30])
    except ValueError as err:
        print("Caught outside the with: {}: {}".format(type(err).__name__, err))

    with Contador("Lote 3", suprimir=True) as c:
        procesar(c, [10, 20, -1, 40])
    print("After batch 3 the program keeps going")

    with contando("Lote 4") as done:
        for p in [5, 15]:
            done.append(comprobar(p))

    try:
        with contando("Lote 5") as done:
            for p in [-7, 8]:
                done.append(comprobar(p))
    except ValueError as err:
        print("Caught outside the with: {}: {}".format(type(err).__name__, err))


if __name__ == "__main__":
    main()
