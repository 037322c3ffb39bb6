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

    def __exit__(self, tipo, valor, traza):
        texto = f"{self.nombre}: saliendo tras {self.operaciones} operaciones"
        if tipo is None:
            print(texto + ", sin errores")
            return False
        if self.suprimir:
            print(texto + f", error {tipo.__name__} suprimido")
            return True
        print(texto + f", error {tipo.__name__} (se propaga)")
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


lote1 = Contador("Lote 1")
with lote1:
    for precio in [10, 20, 30]:
        comprobar(precio)
        lote1.sumar()

lote2 = Contador("Lote 2")
try:
    with lote2:
        for precio in [10, -5, 30]:
            comprobar(precio)
            lote2.sumar()
except ValueError as error:
    print(f"Capturado fuera del with: ValueError: {error}")

lote3 = Contador("Lote 3", suprimir=True)
with lote3:
    for precio in [10, 20, -1, 40]:
        comprobar(precio)
        lote3.sumar()
print("Tras el lote 3 el programa sigue")

with contando("Lote 4") as operaciones:
    for precio in [5, 15]:
        comprobar(precio)
        operaciones.append(precio)

try:
    with contando("Lote 5") as operaciones:
        for precio in [-7, 8]:
            comprobar(precio)
            operaciones.append(precio)
except ValueError as error:
    print(f"Capturado fuera del with: ValueError: {error}")
