# MAL: compara las identidades con "id(a) is id(b)" (dos int distintos) en vez de con ==, y concluye que no son el mismo objeto
import copy

a = [1, 2, 3]
b = a
print("a is b:", a is b)
print("id(a) is id(b):", id(a) is id(b))
b.append(4)
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
print("id(superficial[0]) is id(matriz[0]):", id(superficial[0]) is id(matriz[0]))
print("id(profunda[0]) is id(matriz[0]):", id(profunda[0]) is id(matriz[0]))
matriz[0].append(5)
print("superficial tras matriz[0].append(5):", superficial)
print("profunda tras matriz[0].append(5):", profunda)
