# MAL: define Contador y contando pero nunca los usa con with: imprime a mano las líneas esperadas con try/except sueltos
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
        print(f"{self.nombre}: saliendo tras {self.operaciones} operaciones")
        return tipo is not None and self.suprimir


@contextlib.contextmanager
def contando(nombre):
    print(f"{nombre}: entrando")
    ops = []
    try:
        yield ops
    finally:
        print(f"{nombre}: saliendo tras {len(ops)} operaciones")


def comprobar(precio):
    if precio < 0:
        raise ValueError(f"precio negativo: {precio}")


def lote(nombre, precios, suprimir=False, generador=False):
    print(f"{nombre}: entrando")
    hechas = 0
    try:
        for p in precios:
            comprobar(p)
            hechas += 1
    except ValueError as e:
        if generador:
            print(f"{nombre}: vio el error ValueError")
            print(f"{nombre}: saliendo tras {hechas} operaciones")
            print(f"Capturado fuera del with: ValueError: {e}")
        elif suprimir:
            print(f"{nombre}: saliendo tras {hechas} operaciones, error ValueError suprimido")
        else:
            print(f"{nombre}: saliendo tras {hechas} operaciones, error ValueError (se propaga)")
            print(f"Capturado fuera del with: ValueError: {e}")
        return
    if generador:
        print(f"{nombre}: saliendo tras {hechas} operaciones")
    else:
        print(f"{nombre}: saliendo tras {hechas} operaciones, sin errores")


lote("Lote 1", [10, 20, 30])
lote("Lote 2", [10, -5, 30])
lote("Lote 3", [10, 20, -1, 40], suprimir=True)
print("Tras el lote 3 el programa sigue")
lote("Lote 4", [5, 15], generador=True)
lote("Lote 5", [-7, 8], generador=True)
