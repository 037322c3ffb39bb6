# BIEN: salida con sys.stdout.write y str(); copia con copy.copy(a); from copy import deepcopy
import sys
import copy
from copy import deepcopy

w = sys.stdout.write

a = [1, 2, 3]
b = a
w("a is b: " + str(a is b) + "\n")
w("id(a) == id(b): " + str(id(a) == id(b)) + "\n")
b.append(4)
w("a tras b.append(4): " + str(a) + "\n")

copia = copy.copy(a)
w("copia == a: " + str(copia == a) + "\n")
w("copia is a: " + str(copia is a) + "\n")
copia.append(5)
w("a tras copia.append(5): " + str(a) + "\n")
w("copia: " + str(copia) + "\n")

matriz = [[1, 2], [3, 4]]
superficial = copy.copy(matriz)
profunda = deepcopy(matriz)
w("superficial[0] is matriz[0]: " + str(superficial[0] is matriz[0]) + "\n")
w("profunda[0] is matriz[0]: " + str(profunda[0] is matriz[0]) + "\n")
matriz[0].append(5)
w("superficial tras matriz[0].append(5): " + str(superficial) + "\n")
w("profunda tras matriz[0].append(5): " + str(profunda) + "\n")
