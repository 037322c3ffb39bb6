# BIEN: mensajes en ingles con formato %, copia con el slice a[:]
import copy

a = [1, 2, 3]
b = a
print("a is b -> %s" % (a is b))
print("id(a) == id(b) -> %s" % (id(a) == id(b)))
b.append(4)
print("a after b.append(4) -> %s" % a)

copia = a[:]
print("copia == a -> %s" % (copia == a))
print("copia is a -> %s" % (copia is a))
copia.append(5)
print("a after copia.append(5) -> %s (unchanged)" % a)
print("copia -> %s" % copia)

matriz = [[1, 2], [3, 4]]
superficial = copy.copy(matriz)
profunda = copy.deepcopy(matriz)
print("superficial[0] is matriz[0] -> %s" % (superficial[0] is matriz[0]))
print("profunda[0] is matriz[0] -> %s" % (profunda[0] is matriz[0]))
matriz[0].append(5)
print("superficial after matriz[0].append(5) -> %s" % (superficial,))
print("profunda after matriz[0].append(5) -> %s" % (profunda,))
