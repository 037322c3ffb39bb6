# MAL: "otra" se crea con datos.copy(), que es otro objeto; no anade ninguna referencia a datos
import sys

datos = [1, 2, 3]

antes = sys.getrefcount(datos)
print("Al principio:", antes)

otra = datos.copy()
con_ref = sys.getrefcount(datos)
print("Con otra = datos:", con_ref)

caja = [datos]
en_lista = sys.getrefcount(datos)
print("También dentro de caja:", en_lista)

del otra
del caja
tras_del = sys.getrefcount(datos)
print("Tras del otra y del caja:", tras_del)
