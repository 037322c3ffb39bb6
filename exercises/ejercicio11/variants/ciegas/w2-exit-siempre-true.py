# MAL: __exit__ devuelve siempre True, así que suprime también el error del Lote 2 (que debía propagarse) y el except de fuera nunca actúa
import contextlib


class Contador:
    def __init__(self, nombre, suprimir=False):
        self.nombre = nombre
        self.suprimir = suprimir
        self.n = 0

    def sumar(self):
        self.n += 1

    def __enter__(self):
        print("{}: entrando".format(self.nombre))
        return self

    def __exit__(self, tipo, valor, traza):
        if tipo is None:
            print("{}: saliendo tras {} operaciones, sin errores".format(self.nombre, self.n))
        elif self.suprimir:
            print("{}: saliendo tras {} operaciones, error {} suprimido".format(self.nombre, self.n, tipo.__name__))
        else:
            print("{}: saliendo tras {} operaciones, error {} (se propaga)".format(self.nombre, self.n, tipo.__name__))
        return True  # así el programa no se rompe nunca


@contextlib.contextmanager
def contando(nombre):
    print("{}: entrando".format(nombre))
    ops = []
    try:
        yield ops
    except Exception as e:
        print("{}: vio el error {}".format(nombre, type(e).__name__))
        raise
    finally:
        print("{}: saliendo tras {} operaciones".format(nombre, len(ops)))


def comprobar(precio):
    if precio < 0:
        raise ValueError("precio negativo: {}".format(precio))


with Contador("Lote 1") as c:
    for p in [10, 20, 30]:
        comprobar(p)
        c.sumar()

try:
    with Contador("Lote 2") as c:
        for p in [10, -5, 30]:
            comprobar(p)
            c.sumar()
except ValueError as e:
    print("Capturado fuera del with: ValueError: {}".format(e))

with Contador("Lote 3", suprimir=True) as c:
    for p in [10, 20, -1, 40]:
        comprobar(p)
        c.sumar()
print("Tras el lote 3 el programa sigue")

with contando("Lote 4") as ops:
    for p in [5, 15]:
        comprobar(p)
        ops.append(p)

try:
    with contando("Lote 5") as ops:
        for p in [-7, 8]:
            comprobar(p)
            ops.append(p)
except ValueError as e:
    print("Capturado fuera del with: ValueError: {}".format(e))
