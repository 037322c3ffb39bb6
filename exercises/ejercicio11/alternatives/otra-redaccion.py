# Alternativa: redacción en inglés, los lotes en un bucle y __exit__ con *args.
from contextlib import contextmanager


class Contador:
    def __init__(self, nombre, suprimir=False):
        self.nombre = nombre
        self.suprimir = suprimir
        self.operaciones = 0

    def sumar(self):
        self.operaciones += 1

    def __enter__(self):
        print(f"{self.nombre}: entering")
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        estado = "no errors" if exc_type is None else f"got {exc_type.__name__}"
        suprime = exc_type is not None and self.suprimir
        accion = " (suppressed)" if suprime else ""
        print(f"{self.nombre}: leaving after {self.operaciones} operations, {estado}{accion}")
        return suprime


@contextmanager
def contando(nombre):
    hechas = []
    print(f"{nombre}: entering")
    try:
        yield hechas
    except ValueError as exc:
        print(f"{nombre}: saw {type(exc).__name__}: {exc}")
        raise
    finally:
        print(f"{nombre}: leaving after {len(hechas)} operations")


def comprobar(precio):
    if precio < 0:
        raise ValueError(f"negative price {precio}")


LOTES = [
    ("Lote 1", [10, 20, 30], False),
    ("Lote 2", [10, -5, 30], False),
    ("Lote 3", [10, 20, -1, 40], True),
]

for nombre, precios, suprimir in LOTES:
    try:
        with Contador(nombre, suprimir=suprimir) as cuenta:
            for precio in precios:
                comprobar(precio)
                cuenta.sumar()
    except ValueError as exc:
        print(f"Caught outside the with: ValueError: {exc}")
    else:
        print(f"{nombre} done, the program goes on")

for nombre, precios in [("Lote 4", [5, 15]), ("Lote 5", [-7, 8])]:
    try:
        with contando(nombre) as hechas:
            for precio in precios:
                comprobar(precio)
                hechas.append(precio)
    except ValueError as exc:
        print(f"Caught outside the with: ValueError: {exc}")
