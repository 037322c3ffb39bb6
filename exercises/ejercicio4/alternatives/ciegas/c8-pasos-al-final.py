import sys

datos = [1, 2, 3]


def main():
    global otra, caja
    resultados = []

    antes = sys.getrefcount(datos)
    resultados.append(("Al principio", antes))

    otra = datos
    con_ref = sys.getrefcount(datos)
    resultados.append(("Con otra = datos", con_ref))

    caja = [datos]
    en_lista = sys.getrefcount(datos)
    resultados.append(("También dentro de caja", en_lista))

    del otra
    del caja
    tras_del = sys.getrefcount(datos)
    resultados.append(("Tras del otra y del caja", tras_del))

    base = resultados[0][1]
    for i, (etiqueta, valor) in enumerate(resultados, start=1):
        print("Paso {} - {}: {} (+{})".format(i, etiqueta, valor, valor - base))


if __name__ == "__main__":
    main()
