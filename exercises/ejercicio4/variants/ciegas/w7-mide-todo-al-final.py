# MAL: hace todos los cambios primero y mide las cuatro veces al final, cuando otra y caja ya no existen
import sys

datos = [1, 2, 3]
otra = datos
caja = [datos]
del otra
del caja

antes = sys.getrefcount(datos)
con_ref = sys.getrefcount(datos)
en_lista = sys.getrefcount(datos)
tras_del = sys.getrefcount(datos)

print("Al principio:", antes)
print("Con otra = datos:", con_ref)
print("También dentro de caja:", en_lista)
print("Tras del otra y del caja:", tras_del)
