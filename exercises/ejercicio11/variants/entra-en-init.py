# MAL: imprime «entrando» en __init__ y __enter__ solo devuelve self. Con el
# with justo detrás de crear el Contador la salida es la misma, pero un gestor
# creado antes, o usado dos veces, anuncia su entrada cuando no toca.
import contextlib


class Contador:
    """Cuenta las operaciones hechas dentro de un bloque with."""

    def __init__(self, nombre, suprimir=False):
        self.nombre = nombre
        self.suprimir = suprimir
        self.operaciones = 0
        print(f"{self.nombre}: entrando")

    def sumar(self):
        self.operaciones += 1

    def __enter__(self):
        return self  # lo que recibe la variable de «as»

    def __exit__(self, tipo, valor, traza):
        # Se llama SIEMPRE al salir del bloque, con error o sin él.
        if tipo is None:
            print(f"{self.nombre}: saliendo tras {self.operaciones} operaciones, sin errores")
            return False
        if self.suprimir:
            print(f"{self.nombre}: saliendo tras {self.operaciones} operaciones, error {tipo.__name__} suprimido")
            return True  # True: la excepción se traga aquí
        print(f"{self.nombre}: saliendo tras {self.operaciones} operaciones, error {tipo.__name__} (se propaga)")
        return False  # False (o None): la excepción sigue su camino


@contextlib.contextmanager
def contando(nombre):
    """Lo mismo con un generador: antes del yield es __enter__, después es __exit__."""
    hechas = []
    print(f"{nombre}: entrando")
    try:
        yield hechas  # aquí se ejecuta el bloque; si falla, la excepción salta aquí
    except Exception as error:
        print(f"{nombre}: vio el error {type(error).__name__}")
        raise  # sin este raise, la excepción quedaría suprimida
    finally:
        print(f"{nombre}: saliendo tras {len(hechas)} operaciones")


def comprobar(precio):
    if precio < 0:
        raise ValueError(f"precio negativo: {precio}")


# Lote 1: todo bien.
with Contador("Lote 1") as cuenta:
    for precio in [10, 20, 30]:
        comprobar(precio)
        cuenta.sumar()

# Lote 2: un error dentro del bloque; __exit__ lo ve y lo deja pasar.
try:
    with Contador("Lote 2") as cuenta:
        for precio in [10, -5, 30]:
            comprobar(precio)
            cuenta.sumar()
    print("Esta línea no se imprime")
except ValueError as error:
    print(f"Capturado fuera del with: ValueError: {error}")

# Lote 3: el mismo error, pero este Contador lo suprime.
with Contador("Lote 3", suprimir=True) as cuenta:
    for precio in [10, 20, -1, 40]:
        comprobar(precio)
        cuenta.sumar()
print("Tras el lote 3 el programa sigue")

# Lote 4 y lote 5: lo mismo con el generador.
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
