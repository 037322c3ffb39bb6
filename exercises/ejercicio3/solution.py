# Ejercicio 3: referencias y alias. Una asignación no copia: pone otro nombre al mismo objeto.
import copy

# 1. Un alias: b es otro nombre para la MISMA lista.
a = [1, 2, 3]
b = a
print(f"a is b: {a is b}")
print(f"id(a) == id(b): {id(a) == id(b)}")

# Lo que se cambia a través de b se ve a través de a: solo hay una lista.
b.append(4)
print(f"a tras b.append(4): {a}")

# 2. Una copia: una lista NUEVA con los mismos elementos.
copia = a.copy()
print(f"copia == a: {copia == a}")
print(f"copia is a: {copia is a}")

# Cambiar la copia no toca el original.
copia.append(5)
print(f"a tras copia.append(5): {a}")
print(f"copia: {copia}")

# 3. Listas anidadas: copia superficial frente a copia profunda.
matriz = [[1, 2], [3, 4]]
superficial = copy.copy(matriz)      # lista nueva, pero con las MISMAS filas dentro
profunda = copy.deepcopy(matriz)     # lista nueva y filas nuevas
print(f"superficial[0] is matriz[0]: {superficial[0] is matriz[0]}")
print(f"profunda[0] is matriz[0]: {profunda[0] is matriz[0]}")

matriz[0].append(5)
print(f"superficial tras matriz[0].append(5): {superficial}")
print(f"profunda tras matriz[0].append(5): {profunda}")
