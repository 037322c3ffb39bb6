# MAL: el except del generador imprime el error pero no lo relanza, así que lo suprime: el Lote 5 nunca llega al try/except de fuera
import contextlib


class Contador:
    def __init__(self, nombre, suprimir=False):
        self.nombre = nombre
        self.suprimir = suprimir
        self.cuenta = 0

    def sumar(self):
        self.cuenta += 1

    def __enter__(self):
        print("%s: entrando" % self.nombre)
        return self

    def __exit__(self, tipo, valor, traza):
        if tipo is None:
            print("%s: saliendo tras %d operaciones, sin errores" % (self.nombre, self.cuenta))
            return False
        if self.suprimir:
            print("%s: saliendo tras %d operaciones, error %s suprimido" % (self.nombre, self.cuenta, tipo.__name__))
            return True
        print("%s: saliendo tras %d operaciones, error %s (se propaga)" % (self.nombre, self.cuenta, tipo.__name__))
        return False


@contextlib.contextmanager
def contando(nombre):
    print("%s: entrando" % nombre)
    lista = []
    try:
        yield lista
    except Exception as error:
        print("%s: vio el error %s" % (nombre, type(error).__name__))
    finally:
        print("%s: saliendo tras %d operaciones" % (nombre, len(lista)))


def comprobar(precio):
    if precio < 0:
        raise ValueError("precio negativo: %d" % precio)


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
    print("Capturado fuera del with: ValueError: %s" % e)

with Contador("Lote 3", suprimir=True) as c:
    for p in [10, 20, -1, 40]:
        comprobar(p)
        c.sumar()
print("Tras el lote 3 el programa sigue")

with contando("Lote 4") as l:
    for p in [5, 15]:
        comprobar(p)
        l.append(p)

try:
    with contando("Lote 5") as l:
        for p in [-7, 8]:
            comprobar(p)
            l.append(p)
except ValueError as e:
    print("Capturado fuera del with: ValueError: %s" % e)
