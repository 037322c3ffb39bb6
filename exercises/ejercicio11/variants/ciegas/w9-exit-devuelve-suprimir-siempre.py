import contextlib


class Contador:
    def __init__(self, nombre, suprimir=False):
        self.nombre = nombre
        self.suprimir = suprimir
        self.n = 0

    def sumar(self):
        self.n += 1

    def __enter__(self):
        print(f"{self.nombre}: entrando")
        return self

    def __exit__(self, tipo, valor, traza):
        if tipo is None:
            print(f"{self.nombre}: saliendo tras {self.n} operaciones, sin errores")
        elif self.suprimir:
            print(f"{self.nombre}: saliendo tras {self.n} operaciones, error {tipo.__name__} suprimido")
        else:
            print(f"{self.nombre}: saliendo tras {self.n} operaciones, error {tipo.__name__} (se propaga)")
        return self.suprimir


@contextlib.contextmanager
def contando(nombre):
    print(f"{nombre}: entrando")
    ops = []
    try:
        yield ops
    except Exception as e:
        print(f"{nombre}: vio el error {type(e).__name__}")
        raise
    finally:
        print(f"{nombre}: saliendo tras {len(ops)} operaciones")


def comprobar(precio):
    if precio < 0:
        raise ValueError(f"precio negativo: {precio}")


with Contador("Lote 1") as cuenta:
    for p in [10, 20, 30]:
        comprobar(p)
        cuenta.sumar()

try:
    with Contador("Lote 2") as cuenta:
        for p in [10, -5, 30]:
            comprobar(p)
            cuenta.sumar()
except ValueError as e:
    print(f"Capturado fuera del with: {type(e).__name__}: {e}")

with Contador("Lote 3", suprimir=True) as cuenta:
    for p in [10, 20, -1, 40]:
        comprobar(p)
        cuenta.sumar()
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
    print(f"Capturado fuera del with: {type(e).__name__}: {e}")
