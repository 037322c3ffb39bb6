# BIEN: __exit__ usa el valor de la excepción (type(valor).__name__), operaciones contadas con while
import contextlib


class Contador:
    def __init__(self, nombre, suprimir=False):
        self.nombre = nombre
        self.suprimir = suprimir
        self.veces = 0

    def sumar(self):
        self.veces += 1

    def __enter__(self):
        print("%s: entrando" % self.nombre)
        return self

    def __exit__(self, tipo, valor, traza):
        mensaje = "{n}: saliendo tras {v} operaciones, ".format(n=self.nombre, v=self.veces)
        suprimo = False
        if valor is None:
            mensaje += "sin errores"
        else:
            nombre_error = type(valor).__name__
            if self.suprimir:
                mensaje += "error " + nombre_error + " suprimido"
                suprimo = True
            else:
                mensaje += "error " + nombre_error + " (se propaga)"
        print(mensaje)
        return suprimo


@contextlib.contextmanager
def contando(nombre):
    print("%s: entrando" % nombre)
    resultado = []
    try:
        yield resultado
    except Exception as problema:
        print("%s: vio el error %s" % (nombre, type(problema).__name__))
        raise
    finally:
        print("%s: saliendo tras %d operaciones" % (nombre, len(resultado)))


def comprobar(precio):
    if precio < 0:
        raise ValueError("precio negativo: {}".format(precio))
    return True


precios1 = [10, 20, 30]
with Contador("Lote 1") as cuenta:
    i = 0
    while i < len(precios1):
        comprobar(precios1[i])
        cuenta.sumar()
        i += 1

try:
    with Contador("Lote 2") as cuenta:
        for precio in [10, -5, 30]:
            if comprobar(precio):
                cuenta.sumar()
except ValueError as exc:
    print("Capturado fuera del with: %s: %s" % (type(exc).__name__, exc))

with Contador("Lote 3", suprimir=True) as cuenta:
    for precio in [10, 20, -1, 40]:
        if comprobar(precio):
            cuenta.sumar()
print("Tras el lote 3 el programa sigue")

with contando("Lote 4") as hechas:
    for precio in [5, 15]:
        comprobar(precio)
        hechas.append(precio)

try:
    with contando("Lote 5") as hechas:
        for precio in [-7, 8]:
            comprobar(precio)
            hechas.append(precio)
except ValueError as exc:
    print("Capturado fuera del with: %s: %s" % (type(exc).__name__, exc))
