import contextlib


class Contador:
    def __init__(self, nombre, suprimir=False):
        self.nombre = nombre
        self.suprimir = suprimir
        self.operaciones = 0

    def sumar(self):
        self.operaciones += 1

    def __enter__(self):
        print(f"{self.nombre}: entrando")
        return self

    def __exit__(self, tipo, valor, traza):
        base = f"{self.nombre}: saliendo tras {self.operaciones} operaciones"
        if tipo is None:
            print(f"{base}, sin errores")
            return False
        if self.suprimir:
            print(f"{base}, error ValueError suprimido")
            return True
        print(f"{base}, error ValueError (se propaga)")
        return False


@contextlib.contextmanager
def contando(nombre):
    print(f"{nombre}: entrando")
    operaciones = []
    try:
        yield operaciones
    except Exception:
        print(f"{nombre}: vio el error ValueError")
        raise
    finally:
        print(f"{nombre}: saliendo tras {len(operaciones)} operaciones")


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
    print(f"Capturado fuera del with: ValueError: {e}")

with Contador("Lote 3", suprimir=True) as cuenta:
    for precio in [10, 20, -1, 40]:
        comprobar(precio)
        cuenta.sumar()
print("Tras el lote 3 el programa sigue")

with contando("Lote 4") as ops:
    for precio in [5, 15]:
        comprobar(precio)
        ops.append(precio)

try:
    with contando("Lote 5") as ops:
        for precio in [-7, 8]:
            comprobar(precio)
            ops.append(precio)
except ValueError as e:
    print(f"Capturado fuera del with: ValueError: {e}")
