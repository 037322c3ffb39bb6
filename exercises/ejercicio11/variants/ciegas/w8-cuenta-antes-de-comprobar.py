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
        if tipo is None:
            print(f"{self.nombre}: saliendo tras {self.operaciones} operaciones, sin errores")
            return False
        if self.suprimir:
            print(f"{self.nombre}: saliendo tras {self.operaciones} operaciones, "
                  f"error {tipo.__name__} suprimido")
            return True
        print(f"{self.nombre}: saliendo tras {self.operaciones} operaciones, "
              f"error {tipo.__name__} (se propaga)")
        return False


@contextlib.contextmanager
def contando(nombre):
    print(f"{nombre}: entrando")
    operaciones = []
    try:
        yield operaciones
    except Exception as e:
        print(f"{nombre}: vio el error {type(e).__name__}")
        raise
    finally:
        print(f"{nombre}: saliendo tras {len(operaciones)} operaciones")


def comprobar(precio):
    if precio < 0:
        raise ValueError(f"precio negativo: {precio}")


# cuento la operación y luego la compruebo
with Contador("Lote 1") as cuenta:
    for precio in [10, 20, 30]:
        cuenta.sumar()
        comprobar(precio)

try:
    with Contador("Lote 2") as cuenta:
        for precio in [10, -5, 30]:
            cuenta.sumar()
            comprobar(precio)
except ValueError as e:
    print(f"Capturado fuera del with: ValueError: {e}")

with Contador("Lote 3", suprimir=True) as cuenta:
    for precio in [10, 20, -1, 40]:
        cuenta.sumar()
        comprobar(precio)
print("Tras el lote 3 el programa sigue")

with contando("Lote 4") as ops:
    for precio in [5, 15]:
        ops.append(precio)
        comprobar(precio)

try:
    with contando("Lote 5") as ops:
        for precio in [-7, 8]:
            ops.append(precio)
            comprobar(precio)
except ValueError as e:
    print(f"Capturado fuera del with: ValueError: {e}")
