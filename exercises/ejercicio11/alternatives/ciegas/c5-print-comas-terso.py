# BIEN: estilo escueto con print(a, b, c), Contador guarda las operaciones en una lista
import contextlib


class Contador:
    def __init__(self, nombre, suprimir=False):
        self.nombre = nombre
        self.suprimir = suprimir
        self.ops = []

    def sumar(self, x=1):
        self.ops.append(x)

    def __enter__(self):
        print(self.nombre + ":", "inicio")
        return self

    def __exit__(self, t, v, tb):
        n = len(self.ops)
        if t is None:
            print(self.nombre + ":", "fin tras", n, "operaciones, sin errores")
            return False
        estado = "suprimido" if self.suprimir else "(se propaga)"
        print(self.nombre + ":", "fin tras", n, "operaciones, error", t.__name__, estado)
        return self.suprimir


@contextlib.contextmanager
def contando(nombre):
    print(nombre + ":", "inicio")
    ops = []
    try:
        yield ops
    except Exception as e:
        print(nombre + ":", "error", type(e).__name__)
        raise
    finally:
        print(nombre + ":", "fin tras", len(ops), "operaciones")


def comprobar(precio):
    if precio < 0:
        raise ValueError("precio negativo: " + str(precio))


with Contador("Lote 1") as c:
    for x in [10, 20, 30]:
        comprobar(x)
        c.sumar(x)

try:
    with Contador("Lote 2") as c:
        for x in [10, -5, 30]:
            comprobar(x)
            c.sumar(x)
except ValueError as e:
    print("Capturado:", type(e).__name__, "-", e)

with Contador("Lote 3", True) as c:
    for x in [10, 20, -1, 40]:
        comprobar(x)
        c.sumar(x)
print("Tras el lote 3 el programa sigue")

with contando("Lote 4") as ops:
    for x in [5, 15]:
        comprobar(x)
        ops.append(x)

try:
    with contando("Lote 5") as ops:
        for x in [-7, 8]:
            comprobar(x)
            ops.append(x)
except ValueError as e:
    print("Capturado:", type(e).__name__, "-", e)
