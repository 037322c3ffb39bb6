import copy
import logging
import operator
import sys
from contextlib import contextmanager

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(message)s")
log = logging.getLogger("ejercicio3")


@contextmanager
def seccion(titulo):
    log.info("--- %s ---", titulo)
    yield
    log.info("")


def informa(expresion, valor):
    log.info("%s: %s", expresion, valor)


# Las variables se crean a nivel de módulo (globales); main() solo las usa.
a = [1, 2, 3]
b = a
copia = None
matriz = [[1, 2], [3, 4]]
superficial = copy.copy(matriz)
profunda = copy.deepcopy(matriz)


def main():
    global copia
    with seccion("alias"):
        informa("a is b", a is b)
        informa("id(a) == id(b)", id(a) == id(b))
        operator.iadd(b, [4])
        informa("a tras b += [4]", a)

    with seccion("copia"):
        copia = a.copy()
        informa("copia == a", copia == a)
        informa("copia is a", copia is a)
        copia.append(5)
        informa("a tras copia.append(5)", a)
        informa("copia", copia)

    with seccion("listas anidadas"):
        informa("superficial[0] is matriz[0]", superficial[0] is matriz[0])
        informa("profunda[0] is matriz[0]", profunda[0] is matriz[0])
        matriz[0].append(5)
        informa("superficial tras matriz[0].append(5)", superficial)
        informa("profunda tras matriz[0].append(5)", profunda)

    log.info("Fin.")


if __name__ == "__main__":
    main()
