import sys as s


def medir(obj):
    return s.getrefcount(obj)


datos = [1, 2, 3]

antes = medir(datos)
print("antes: %d" % antes)

otra = datos
con_ref = medir(datos)
print("con_ref: %d (diferencia %+d)" % (con_ref, con_ref - antes))

caja = [datos]
en_lista = medir(datos)
print("en_lista: %d (diferencia %+d)" % (en_lista, en_lista - antes))

del otra
del caja
tras_del = medir(datos)
print("tras_del: %d (diferencia %+d)" % (tras_del, tras_del - antes))
