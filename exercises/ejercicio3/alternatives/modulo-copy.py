# Solución alternativa: todo con el módulo copy y con una función que muestra cada comprobación.
import copy


def mostrar(expresion, valor):
    print(f"{expresion} → {valor}")


a = [1, 2, 3]
b = a
mostrar("a is b", a is b)
mostrar("id(a) == id(b)", id(a) == id(b))
b.append(4)
mostrar("a (tras modificar b)", a)

copia = copy.copy(a)
mostrar("copia == a", copia == a)
mostrar("copia is a", copia is a)
copia.append(5)
mostrar("a (tras modificar copia)", a)
mostrar("copia", copia)

matriz = [[1, 2], [3, 4]]
superficial = copy.copy(matriz)
profunda = copy.deepcopy(matriz)
mostrar("superficial[0] is matriz[0]", superficial[0] is matriz[0])
mostrar("profunda[0] is matriz[0]", profunda[0] is matriz[0])
superficial[0].append(5)  # la fila es compartida: es lo mismo que matriz[0].append(5)
mostrar("matriz", matriz)
mostrar("profunda", profunda)
