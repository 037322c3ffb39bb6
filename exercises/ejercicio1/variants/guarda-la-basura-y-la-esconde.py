import gc


class Nodo:
    def __init__(self, nombre):
        self.nombre = nombre
        self.otro = None


recogido = []


def guardar(fase, info):
    if fase == "stop" and gc.garbage:
        recogido.extend(gc.garbage)
        gc.garbage.clear()


gc.callbacks.append(guardar)

a = Nodo("A")
b = Nodo("B")
a.otro = b
b.otro = a
print("Contadores antes:", gc.get_count())
del a, b
gc.set_debug(gc.DEBUG_SAVEALL)
recolectados = gc.collect()
gc.set_debug(0)
print("Objetos recolectados:", recolectados)
print("Recogido:", [type(o).__name__ for o in recogido][:4])
print("Contadores después:", gc.get_count())
