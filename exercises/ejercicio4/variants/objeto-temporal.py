# MAL: mide sys.getrefcount([1, 2, 3]): cada llamada crea una lista nueva que nadie
# más referencia, así que la cuenta es siempre la misma y no refleja a datos.
import sys

datos = [1, 2, 3]

antes = sys.getrefcount([1, 2, 3])
print(f"Al principio: {antes}")

otra = datos
con_ref = sys.getrefcount([1, 2, 3])
print(f"Con otra = datos: {con_ref} (+{con_ref - antes})")

caja = [datos]
en_lista = sys.getrefcount([1, 2, 3])
print(f"También dentro de caja: {en_lista} (+{en_lista - antes})")

del otra
del caja
tras_del = sys.getrefcount([1, 2, 3])
print(f"Tras del otra y del caja: {tras_del} (+{tras_del - antes})")
