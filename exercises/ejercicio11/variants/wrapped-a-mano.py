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
            print(f"{self.nombre}: saliendo tras {self.operaciones} operaciones, error {tipo.__name__} suprimido")
            return True
        print(f"{self.nombre}: saliendo tras {self.operaciones} operaciones, error {tipo.__name__} (se propaga)")
        return False


class contando:
    def __init__(self, nombre):
        self.nombre = nombre
        self.hechas = []

    def __enter__(self):
        print(f"{self.nombre}: entrando")
        return self.hechas

    def __exit__(self, tipo, valor, traza):
        if tipo is not None:
            print(f"{self.nombre}: vio el error {tipo.__name__}")
        print(f"{self.nombre}: saliendo tras {len(self.hechas)} operaciones")
        return False


def _gen():
    yield


contando.__wrapped__ = _gen


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
    print("Esta línea no se imprime")
except ValueError as error:
    print(f"Capturado fuera del with: ValueError: {error}")
with Contador("Lote 3", suprimir=True) as cuenta:
    for precio in [10, 20, -1, 40]:
        comprobar(precio)
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
except ValueError as error:
    print(f"Capturado fuera del with: ValueError: {error}")
