import sys

datos = [1, 2, 3]

antes = sys.getrefcount(datos)
print(f"Al principio: {antes}")

otra = datos
con_ref = sys.getrefcount(datos)
print(f"Con otra = datos: {con_ref} ({con_ref - antes:+d})")

caja = [datos]
en_lista = sys.getrefcount(datos)
print(f"También dentro de caja: {en_lista} ({en_lista - antes:+d})")

# del solo borra el nombre: primero vacío otra para soltar también lo que tiene dentro.
otra.clear()
del otra
del caja
tras_del = sys.getrefcount(datos)
print(f"Tras del otra y del caja: {tras_del} ({tras_del - antes:+d})")
