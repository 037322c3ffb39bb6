# BIEN: una lista de expresiones en texto que se evaluan con eval() y se imprimen "expresion => valor"
import copy


def ver(*expresiones):
    for expr in expresiones:
        print(expr, "=>", eval(expr))


a = [1, 2, 3]
b = a
ver("a is b", "id(a) == id(b)")
b.append(4)
print("a tras b.append(4) =>", a)

copia = copy.copy(a)
ver("copia == a", "copia is a")
copia.append(5)
print("a tras copia.append(5) =>", a)
ver("copia")

matriz = [[1, 2], [3, 4]]
superficial = copy.copy(matriz)
profunda = copy.deepcopy(matriz)
ver("superficial[0] is matriz[0]", "profunda[0] is matriz[0]")
matriz[0].append(5)
print("superficial tras matriz[0].append(5) =>", superficial)
print("profunda tras matriz[0].append(5) =>", profunda)
