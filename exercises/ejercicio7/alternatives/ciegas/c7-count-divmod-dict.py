# BIEN: numeros con itertools.count y return al pasar de n, pares con divmod, resultados reunidos en un dict
from itertools import count, islice


def numeros(n):
    for i in count(1):
        if i > n:
            return
        yield i


def cuadrados(iterable):
    for x in iterable:
        yield pow(x, 2)


def solo_pares(iterable):
    for x in iterable:
        _, resto = divmod(x, 2)
        if resto == 0:
            yield x


if __name__ == "__main__":
    N = 10**6
    informe = {
        "primeros": list(islice(solo_pares(cuadrados(numeros(N))), 5)),
        "suma": sum(solo_pares(cuadrados(numeros(N)))),
    }
    print("primeros 5 ->", informe["primeros"])
    print("suma       ->", informe["suma"])
