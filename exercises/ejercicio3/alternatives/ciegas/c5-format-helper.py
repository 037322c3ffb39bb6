# BIEN: funcion auxiliar mostrar(etiqueta, valor) con .format; variables globales y copia con a.copy()
import copy


def mostrar(etiqueta, valor):
    print("{:<40} {}".format(etiqueta + ":", valor))


a = [1, 2, 3]
b = a
mostrar("a is b", a is b)
mostrar("id(a) == id(b)", id(a) == id(b))
b.append(4)
mostrar("a tras b.append(4)", a)

copia = a.copy()
mostrar("copia == a", copia == a)
mostrar("copia is a", copia is a)
copia.append(5)
mostrar("a tras copia.append(5)", a)
mostrar("copia", copia)

matriz = [[1, 2], [3, 4]]
superficial = copy.copy(matriz)
profunda = copy.deepcopy(matriz)
mostrar("superficial[0] is matriz[0]", superficial[0] is matriz[0])
mostrar("profunda[0] is matriz[0]", profunda[0] is matriz[0])
matriz[0].append(5)
mostrar("superficial tras matriz[0].append(5)", superficial)
mostrar("profunda tras matriz[0].append(5)", profunda)
