import contextlib


class Contador:
    suprimir = False   # por defecto los errores se propagan

    def __init__(self, nombre, suprimir=False):
        self.nombre = nombre
        self.operaciones = 0
        Contador.suprimir = suprimir

    def sumar(self):
        self.operaciones += 1

    def __enter__(self):
        print(f"{self.nombre}: entrando")
        return self

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


with Contador("Lote 1") as cuenta:
    for precio in [10, 20, 30]:
        comprobar(precio)
        cuenta.sumar()

try:
    with Contador("Lote 2") as cuenta:
        for precio in [10, -5, 30]:
            comprobar(precio)
            cuenta.sumar()
except ValueError as error:
    print(f"Capturado fuera del with: {type(error).__name__}: {error}")

with Contador("Lote 3", suprimir=True) as cuenta:
    for precio in [10, 20, -1, 40]:
        comprobar(precio)
        cuenta.sumar()
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
    print(f"Capturado fuera del with: {type(error).__name__}: {error}")
