import copy

a = [1, 2, 3]
b = a
print("a is b:", a is b)
print("id(a) == id(b):", id(a) == id(b))
a.append(4)
print("a tras b.append(4):", a)

copia = a.copy()
print("copia == a:", copia == a)
print("copia is a:", copia is a)
copia.append(5)
print("a tras copia.append(5):", a)
print("copia:", copia)

matriz = [[1, 2], [3, 4]]
superficial = copy.copy(matriz)
profunda = copy.deepcopy(matriz)
print("superficial[0] is matriz[0]:", superficial[0] is matriz[0])
print("profunda[0] is matriz[0]:", profunda[0] is matriz[0])
matriz[0].append(5)
print("superficial tras matriz[0].append(5):", superficial)
print("profunda tras matriz[0].append(5):", profunda)
