# BIEN: clase y generador correctos, formato con %, sumar() recibe el precio y lo comprueba
import contextlib


def comprobar(precio):
    if precio < 0:
        raise ValueError("precio negativo: %d" % precio)


class Contador:
    def __init__(self, nombre, suprimir=False):
        self.nombre = nombre
        self.suprimir = suprimir
        self.cuenta = 0

    def sumar(self, precio=None):
        if precio is not None:
            comprobar(precio)
        self.cuenta += 1

    def __enter__(self):
        print("%s: entrando" % self.nombre)
        return self

    def __exit__(self, tipo, valor, traza):
        if tipo is None:
            print("%s: saliendo tras %d operaciones, sin errores" % (self.nombre, self.cuenta))
            return None
        if self.suprimir:
            print("%s: saliendo tras %d operaciones, error %s suprimido"
                  % (self.nombre, self.cuenta, tipo.__name__))
            return True
        print("%s: saliendo tras %d operaciones, error %s (se propaga)"
              % (self.nombre, self.cuenta, tipo.__name__))
        return None


@contextlib.contextmanager
def contando(nombre):
    lista = []
    print("%s: entrando" % nombre)
    try:
        yield lista
    except Exception as error:
        print("%s: vio el error %s" % (nombre, type(error).__name__))
        raise
    finally:
        print("%s: saliendo tras %d operaciones" % (nombre, len(lista)))


with Contador("Lote 1") as c1:
    for p in [10, 20, 30]:
        c1.sumar(p)

try:
    with Contador("Lote 2") as c2:
        for p in [10, -5, 30]:
            c2.sumar(p)
except ValueError as e:
    print("Capturado fuera del with: %s: %s" % (e.__class__.__name__, e))

with Contador("Lote 3", suprimir=True) as c3:
    for p in [10, 20, -1, 40]:
        c3.sumar(p)
print("Tras el lote 3 el programa sigue")

with contando("Lote 4") as l4:
    for p in [5, 15]:
        comprobar(p)
        l4.append(p)

try:
    with contando("Lote 5") as l5:
        for p in [-7, 8]:
            comprobar(p)
            l5.append(p)
except ValueError as e:
    print("Capturado fuera del with: %s: %s" % (e.__class__.__name__, e))
