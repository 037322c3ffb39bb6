# MAL: crea los objetos pero escribe a mano los True/False y las listas en los print; no evalua ninguna expresion
import copy

a = [1, 2, 3]
b = a
print("a is b: True")
print("id(a) == id(b): True")
b.append(4)
print("a tras b.append(4): [1, 2, 3, 4]")

copia = a.copy()
print("copia == a: True")
print("copia is a: False")
copia.append(5)
print("a tras copia.append(5): [1, 2, 3, 4]")
print("copia: [1, 2, 3, 4, 5]")

matriz = [[1, 2], [3, 4]]
superficial = copy.copy(matriz)
profunda = copy.deepcopy(matriz)
print("superficial[0] is matriz[0]: True")
print("profunda[0] is matriz[0]: False")
matriz[0].append(5)
print("superficial tras matriz[0].append(5): [[1, 2, 5], [3, 4]]")
print("profunda tras matriz[0].append(5): [[1, 2], [3, 4]]")
