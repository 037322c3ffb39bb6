# BIEN: funcion auxiliar sin argumentos que llama a sys.getrefcount sobre la global datos, e informe con .format
import sys

datos = [1, 2, 3]


def medir():
    # usa la global directamente: no anade referencias por pasarla como argumento
    return sys.getrefcount(datos)


def informar(texto, valor, base):
    print("{}: {} (cambio: {:+})".format(texto, valor, valor - base))


antes = medir()
informar("Referencias al principio", antes, antes)

otra = datos
con_ref = medir()
informar("Tras otra = datos", con_ref, antes)

caja = [datos]
en_lista = medir()
informar("Tras caja = [datos]", en_lista, antes)

del otra
del caja
tras_del = medir()
informar("Tras del otra y del caja", tras_del, antes)
