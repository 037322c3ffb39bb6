# Alternativa: el Contador también mide el tiempo; el generador usa try/except/else/finally.
import contextlib
import time


class Contador:
    def __init__(self, nombre, suprimir=False):
        self.nombre = nombre
        self.suprimir = suprimir
        self.operaciones = 0
        self.inicio = None

    def sumar(self):
        self.operaciones += 1

    def __enter__(self):
        self.inicio = time.perf_counter()
        print(f"[{self.nombre}] entra en el bloque")
        return self

    def __exit__(self, tipo, valor, traza):
        ms = (time.perf_counter() - self.inicio) * 1000
        if tipo is None:
            print(f"[{self.nombre}] sale: {self.operaciones} operaciones en {ms:.1f} ms")
            return None
        print(f"[{self.nombre}] sale: {self.operaciones} operaciones, excepción {tipo.__name__}: {valor}")
        if self.suprimir:
            print(f"[{self.nombre}] la excepción queda suprimida")
        return self.suprimir


@contextlib.contextmanager
def contando(nombre):
    hechas = []
    print(f"[{nombre}] entra en el bloque")
    try:
        yield hechas
    except Exception as error:
        print(f"[{nombre}] el bloque lanzó {type(error).__name__}")
        raise
    else:
        print(f"[{nombre}] el bloque terminó sin errores")
    finally:
        print(f"[{nombre}] sale: {len(hechas)} operaciones")


def comprobar(precio):
    if precio < 0:
        raise ValueError(f"precio negativo: {precio}")


def procesar(gestor, precios, anotar):
    with gestor as destino:
        for precio in precios:
            comprobar(precio)
            anotar(destino, precio)


def sumar(cuenta, _precio):
    cuenta.sumar()


def guardar(hechas, precio):
    hechas.append(precio)


procesar(Contador("Lote 1"), [10, 20, 30], sumar)
try:
    procesar(Contador("Lote 2"), [10, -5, 30], sumar)
except ValueError as error:
    print(f"Error capturado fuera: {type(error).__name__}: {error}")
procesar(Contador("Lote 3", suprimir=True), [10, 20, -1, 40], sumar)
print("Seguimos después del lote 3")
procesar(contando("Lote 4"), [5, 15], guardar)
try:
    procesar(contando("Lote 5"), [-7, 8], guardar)
except ValueError as error:
    print(f"Error capturado fuera: {type(error).__name__}: {error}")
