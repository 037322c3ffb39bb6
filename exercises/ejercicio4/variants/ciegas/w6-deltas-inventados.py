# MAL: solo mide una vez (antes) y se inventa el resto sumando +1, +2 y +0 en vez de medir tras cada cambio
import sys

datos = [1, 2, 3]

antes = sys.getrefcount(datos)
print("Al principio:", antes)

otra = datos
con_ref = antes + 1
print("Con otra = datos:", con_ref)

caja = [datos]
en_lista = antes + 2
print("También dentro de caja:", en_lista)

del otra
del caja
tras_del = antes
print("Tras del otra y del caja:", tras_del)
