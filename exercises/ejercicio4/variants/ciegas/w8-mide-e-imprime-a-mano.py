# WRONG: prints the numbers typed by hand (copied from the sample) instead of the values sys.getrefcount returned
import sys

datos = [1, 2, 3]

antes = sys.getrefcount(datos)
print("Al principio: 2")

otra = datos
con_ref = sys.getrefcount(datos)
print("Con otra = datos: 3 (+1)")

caja = [datos]
en_lista = sys.getrefcount(datos)
print("También dentro de caja: 4 (+2)")

del otra
del caja
tras_del = sys.getrefcount(datos)
print("Tras del otra y del caja: 2 (+0)")
