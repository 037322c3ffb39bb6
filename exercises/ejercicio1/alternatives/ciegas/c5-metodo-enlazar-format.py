# BIEN: metodo enlazar() que crea el ciclo, funciones auxiliares y .format para imprimir
import gc


class Vertice:
    def __init__(self, ident):
        self.ident = ident
        self.vecino = None

    def enlazar(self, otro):
        self.vecino = otro
        otro.vecino = self


def mostrar_contadores(momento):
    g0, g1, g2 = gc.get_count()
    print("Contadores {} -> gen0={}, gen1={}, gen2={} {}".format(
        momento, g0, g1, g2, (g0, g1, g2)))


v1 = Vertice(1)
v2 = Vertice(2)
v1.enlazar(v2)

mostrar_contadores("antes")

del v1, v2

cuantos = gc.collect()
print("Objetos recolectados: {}".format(cuantos))

mostrar_contadores("despues")
