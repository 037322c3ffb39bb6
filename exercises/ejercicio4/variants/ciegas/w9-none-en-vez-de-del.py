import sys

datos = [1, 2, 3]

antes = sys.getrefcount(datos)
print("Al principio:", antes)

otra = datos
con_ref = sys.getrefcount(datos)
print(f"Con otra = datos: {con_ref} (+{con_ref - antes})")

caja = [datos]
en_lista = sys.getrefcount(datos)
print(f"También dentro de caja: {en_lista} (+{en_lista - antes})")

otra = None  # borro otra
caja = None  # borro caja
tras_del = sys.getrefcount(datos)
print(f"Tras del otra y del caja: {tras_del} (+{tras_del - antes})")
