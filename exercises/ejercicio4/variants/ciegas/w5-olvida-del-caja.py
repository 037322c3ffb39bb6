# MAL: solo hace del otra; cree que caja guarda una copia y no la borra, asi la lista sigue referenciada desde caja
import sys

datos = [1, 2, 3]

antes = sys.getrefcount(datos)
print("Al principio:", antes)

otra = datos
con_ref = sys.getrefcount(datos)
print("Con otra = datos:", con_ref)

caja = [datos]
en_lista = sys.getrefcount(datos)
print("También dentro de caja:", en_lista)

del otra
tras_del = sys.getrefcount(datos)
print("Tras del otra y del caja:", tras_del)
