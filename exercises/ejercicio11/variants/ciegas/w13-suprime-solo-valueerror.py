import contextlib
from types import TracebackType
from typing import Iterator, List, Optional, Type


class Contador:
    """Gestor de contexto que cuenta operaciones de un lote."""

    def __init__(self, nombre: str, suprimir: bool = False) -> None:
        self.nombre = nombre
        self.suprimir = suprimir
        self.operaciones = 0

    def sumar(self) -> None:
        """Cuenta una operación hecha dentro del bloque."""
        self.operaciones += 1

    def __enter__(self) -> "Contador":
        print(f"{self.nombre}: entrando")
        return self

    def __exit__(
        self,
        tipo: Optional[Type[BaseException]],
        valor: Optional[BaseException],
        traza: Optional[TracebackType],
    ) -> bool:
        if tipo is None:
            print(f"{self.nombre}: saliendo tras {self.operaciones} operaciones, sin errores")
            return False
        if self.suprimir and issubclass(tipo, ValueError):
            # solo suprimo el error que espero (precio negativo); otro error
            # seria un fallo de verdad y no quiero esconderlo
            print(f"{self.nombre}: saliendo tras {self.operaciones} operaciones, "
                  f"error {tipo.__name__} suprimido")
            return True
        print(f"{self.nombre}: saliendo tras {self.operaciones} operaciones, "
              f"error {tipo.__name__} (se propaga)")
        return False


@contextlib.contextmanager
def contando(nombre: str) -> Iterator[List[int]]:
    """Versión generador: entrega una lista donde se anotan las operaciones."""
    print(f"{nombre}: entrando")
    operaciones: List[int] = []
    try:
        yield operaciones
    except Exception as error:
        print(f"{nombre}: vio el error {type(error).__name__}")
        raise
    finally:
        print(f"{nombre}: saliendo tras {len(operaciones)} operaciones")


def comprobar(precio: float) -> float:
    """Lanza ValueError si el precio es negativo."""
    if precio < 0:
        raise ValueError(f"precio negativo: {precio}")
    return precio


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
        operaciones.append(comprobar(precio))

try:
    with contando("Lote 5") as operaciones:
        for precio in [-7, 8]:
            operaciones.append(comprobar(precio))
except ValueError as error:
    print(f"Capturado fuera del with: {type(error).__name__}: {error}")
