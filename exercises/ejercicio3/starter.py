# Ejercicio 3: referencias, alias y copias.
# Completa los TODO. Comprueba tu solución con: pytutor check ejercicio3
# Deja a, b, copia, matriz, superficial y profunda como variables globales:
# el corrector las examina cuando tu programa termina.
import copy  # lo necesitarás para copy.copy y copy.deepcopy

a = [1, 2, 3]

# TODO: haz que b sea otro nombre para la MISMA lista (sin copiarla).
# TODO: imprime a is b y id(a) == id(b), por ejemplo: print(f"a is b: {a is b}")
# TODO: añade el 4 a través de b (b.append(4)) e imprime a.

# TODO: crea copia, una copia de a (a.copy(), list(a), a[:] o copy.copy(a)).
# TODO: imprime copia == a y copia is a.
# TODO: añade el 5 a copia e imprime a y copia.

matriz = [[1, 2], [3, 4]]

# TODO: crea superficial con copy.copy(matriz) y profunda con copy.deepcopy(matriz).
# TODO: imprime superficial[0] is matriz[0] y profunda[0] is matriz[0].
# TODO: haz matriz[0].append(5) e imprime superficial y profunda.
print("matriz:", matriz)
