# BIEN: clase con __del__ que avisa al liberarse; se ve que solo gc.collect() libera el ciclo
import gc


class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre
        self.ref = None

    def __del__(self):
        print("  (liberando", self.nombre + ")")


n1 = Nodo("n1")
n2 = Nodo("n2")
n1.ref = n2
n2.ref = n1

print("Contadores antes:", gc.get_count())
del n1, n2
print("Tras del n1, n2 nadie ha sido liberado todavia (ciclo)")

resultado = gc.collect()
print("Objetos recolectados:", resultado)
print("Contadores despues:", gc.get_count())
