# MAL: no hay ciclo; dos objetos viven solo en una lista que un gc.callbacks vacía al empezar la recolección, así que los libera el conteo de referencias dentro de gc.collect(), no el recolector cíclico.
import gc


class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre


guardados = [Nodo("A"), Nodo("B")]


def vaciar(fase, info):
    if fase == "start":
        guardados.clear()


gc.callbacks.append(vaciar)
print("Contadores antes:", gc.get_count())
print("Objetos recolectados:", gc.collect())
print("Contadores después:", gc.get_count())
