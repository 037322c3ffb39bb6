import enum
import math
import multiprocessing
import time
from dataclasses import dataclass
from typing import Callable, List, NamedTuple

LIMITE = 700_000
NUM_TRAMOS = 8
PROCESOS = 2


class Tramo(NamedTuple):
    desde: int
    hasta: int


class Modo(enum.Enum):
    SECUENCIAL = "Secuencial"
    PARALELO = "Paralelo"


@dataclass(frozen=True)
class Medicion:
    modo: Modo
    primos: int
    segundos: float

    def linea(self) -> str:
        return f"{self.modo.value}: {self.primos} primos en {self.segundos:.2f} s"


def es_primo(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    return all(n % d for d in range(3, math.isqrt(n) + 1, 2))


def contar_primos(tramo: Tramo) -> int:
    desde, hasta = tramo
    return sum(1 for n in range(desde, hasta) if es_primo(n))


def repartir(limite: int, partes: int) -> List[Tramo]:
    tamano = limite // partes
    return [Tramo(i * tamano, (i + 1) * tamano) for i in range(partes)]


def medir(modo: Modo, calcular: Callable[[], List[int]]) -> Medicion:
    inicio = time.perf_counter()
    cuentas = calcular()
    return Medicion(modo, sum(cuentas), time.perf_counter() - inicio)


def en_paralelo(tramos: List[Tramo]) -> List[int]:
    with multiprocessing.Pool(PROCESOS) as pool:
        return pool.map(contar_primos, tramos)


def main() -> None:
    tramos = repartir(LIMITE, NUM_TRAMOS)
    secuencial = medir(Modo.SECUENCIAL, lambda: [contar_primos(t) for t in tramos])
    print(secuencial.linea())
    paralelo = medir(Modo.PARALELO, lambda: en_paralelo(tramos))
    print(paralelo.linea())
    print(f"Aceleración: {secuencial.segundos / paralelo.segundos:.2f} veces")


if __name__ == "__main__":
    main()
