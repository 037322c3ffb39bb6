import sys

datos = [1, 2, 3]

antes = sys.getrefcount(datos)
print("Al principio:", antes)

# otra referencia al mismo objeto
otra = datos
con_ref = sys.getrefcount(datos)
print("Con otra = datos:", con_ref, f"(+{con_ref - antes})")

# meto la lista en la caja
caja = datos
en_lista = sys.getrefcount(datos)
print("También dentro de caja:", en_lista, f"(+{en_lista - antes})")

del otra
del caja
tras_del = sys.getrefcount(datos)
print("Tras del otra y del caja:", tras_del, f"(+{tras_del - antes})")
