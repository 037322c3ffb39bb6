# BIEN: recorrido directo a nivel de modulo, copia con a.copy(), f-strings con el especificador = (3.8+)
import copy

a = [1, 2, 3]
b = a
print(f"{a is b = }")
print(f"{id(a) == id(b) = }")
b.append(4)
print(f"a tras b.append(4) = {a}")

copia = a.copy()
print(f"{copia == a = }")
print(f"{copia is a = }")
copia.append(5)
print(f"a tras copia.append(5) = {a}")
print(f"{copia = }")

matriz = [[1, 2], [3, 4]]
superficial = copy.copy(matriz)
profunda = copy.deepcopy(matriz)
print(f"{superficial[0] is matriz[0] = }")
print(f"{profunda[0] is matriz[0] = }")
matriz[0].append(5)
print(f"superficial tras matriz[0].append(5) = {superficial}")
print(f"profunda tras matriz[0].append(5) = {profunda}")
