# BIEN: print con varios argumentos, copia hecha con list(a), comentarios explicativos en castellano
import copy

# 1) alias
a = [1, 2, 3]
b = a                      # b es otra etiqueta para la MISMA lista
print("a is b:", a is b)
print("id(a) == id(b):", id(a) == id(b))
b.append(4)
print("a tras b.append(4):", a)

# 2) copia
copia = list(a)            # lista nueva con los mismos elementos
print("copia == a:", copia == a)
print("copia is a:", copia is a)
copia.append(5)
print("a tras copia.append(5):", a)
print("copia:", copia)

# 3) listas anidadas
matriz = [[1, 2], [3, 4]]
superficial = copy.copy(matriz)
profunda = copy.deepcopy(matriz)
print("superficial[0] is matriz[0]:", superficial[0] is matriz[0])
print("profunda[0] is matriz[0]:", profunda[0] is matriz[0])
matriz[0].append(5)
print("superficial tras matriz[0].append(5):", superficial)
print("profunda tras matriz[0].append(5):", profunda)
