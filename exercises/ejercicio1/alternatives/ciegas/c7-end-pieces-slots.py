# BIEN: clase con __slots__, ciclo, del y collect; imprime por trozos con end=""
import gc


class Celda:
    __slots__ = ("valor", "pareja")

    def __init__(self, valor):
        self.valor = valor
        self.pareja = None


c1 = Celda(10)
c2 = Celda(20)
c1.pareja = c2
c2.pareja = c1

print("antes: ", end="")
print(gc.get_count())

del c1, c2

total = gc.collect()
print("recolectados: ", end="")
print(total)

print("despues: ", end="")
print(gc.get_count())
