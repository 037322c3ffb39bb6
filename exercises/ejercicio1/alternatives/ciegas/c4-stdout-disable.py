# BIEN: desactiva el gc automatico para que no se adelante, crea el ciclo, del, collect manual y sys.stdout.write
import gc
import sys

gc.disable()  # que no se dispare solo entre medias


class Eslabon:
    pass


x = Eslabon()
y = Eslabon()
x.siguiente = y
y.siguiente = x

sys.stdout.write("get_count antes: " + str(gc.get_count()) + "\n")

del x, y

liberados = gc.collect()
sys.stdout.write("Recolectados por gc.collect(): " + str(liberados) + "\n")
sys.stdout.write("get_count despues: " + str(gc.get_count()) + "\n")

gc.enable()
