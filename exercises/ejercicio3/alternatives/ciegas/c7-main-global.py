# BIEN: estructura con funciones por apartado y main(), declarando global los seis nombres pedidos
import copy


def alias():
    global a, b
    a = [1, 2, 3]
    b = a
    print("a is b ->", a is b)
    print("id(a) == id(b) ->", id(a) == id(b))
    b.append(4)
    print("a (despues de b.append(4)) ->", a)


def copiar():
    global copia
    copia = list(a)
    print("copia == a ->", copia == a)
    print("copia is a ->", copia is a)
    copia.append(5)
    print("a (despues de copia.append(5)) ->", a)
    print("copia ->", copia)


def anidadas():
    global matriz, superficial, profunda
    matriz = [[1, 2], [3, 4]]
    superficial = copy.copy(matriz)
    profunda = copy.deepcopy(matriz)
    print("superficial[0] is matriz[0] ->", superficial[0] is matriz[0])
    print("profunda[0] is matriz[0] ->", profunda[0] is matriz[0])
    matriz[0].append(5)
    print("superficial (despues de matriz[0].append(5)) ->", superficial)
    print("profunda (despues de matriz[0].append(5)) ->", profunda)


def main():
    alias()
    copiar()
    anidadas()


main()
