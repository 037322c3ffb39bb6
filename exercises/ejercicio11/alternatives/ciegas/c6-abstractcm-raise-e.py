# BIEN: Contador hereda de contextlib.AbstractContextManager, funciones por lote, generador relanza con raise e
from contextlib import AbstractContextManager, contextmanager


class Contador(AbstractContextManager):
    def __init__(self, nombre, suprimir=False):
        self.nombre = nombre
        self.suprimir = suprimir
        self.contador = 0

    def sumar(self):
        self.contador += 1

    def __enter__(self):
        print(f"[{self.nombre}] >>> entrando en el bloque")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            if self.suprimir:
                print(f"[{self.nombre}] <<< saliendo tras {self.contador} operaciones, "
                      f"{exc_type.__name__} suprimido")
                return True
            print(f"[{self.nombre}] <<< saliendo tras {self.contador} operaciones, "
                  f"{exc_type.__name__} se propaga")
            return False
        print(f"[{self.nombre}] <<< saliendo tras {self.contador} operaciones, sin errores")
        return False


@contextmanager
def contando(nombre):
    print(f"[{nombre}] >>> entrando en el bloque")
    operaciones = []
    try:
        yield operaciones
    except Exception as e:
        print(f"[{nombre}] !!! vio un {e.__class__.__name__}")
        raise e
    finally:
        print(f"[{nombre}] <<< saliendo tras {len(operaciones)} operaciones")


def comprobar(precio):
    if precio < 0:
        raise ValueError(f"precio negativo: {precio}")


def lote_clase(nombre, precios, suprimir=False):
    with Contador(nombre, suprimir=suprimir) as cuenta:
        for precio in precios:
            comprobar(precio)
            cuenta.sumar()


def lote_generador(nombre, precios):
    with contando(nombre) as lista:
        for precio in precios:
            comprobar(precio)
            lista.append(precio)


def capturando(funcion, *args, **kwargs):
    try:
        funcion(*args, **kwargs)
    except ValueError as err:
        print(f"Capturado fuera del with -> {type(err).__name__}: {err}")


lote_clase("Lote 1", [10, 20, 30])
capturando(lote_clase, "Lote 2", [10, -5, 30])
lote_clase("Lote 3", [10, 20, -1, 40], suprimir=True)
print("Tras el lote 3 el programa sigue")
lote_generador("Lote 4", [5, 15])
capturando(lote_generador, "Lote 5", [-7, 8])
