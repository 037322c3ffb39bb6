# BIEN: formato con %, cada linea dice cuanto ha cambiado respecto al inicio
import sys

datos = [1, 2, 3]

antes = sys.getrefcount(datos)
print("antes: %d" % antes)

otra = datos                      # alias: una referencia mas
con_ref = sys.getrefcount(datos)
print("con_ref: %d  (diferencia %+d)" % (con_ref, con_ref - antes))

caja = [datos]                    # la lista caja guarda otra referencia
en_lista = sys.getrefcount(datos)
print("en_lista: %d  (diferencia %+d)" % (en_lista, en_lista - antes))

del otra                          # borra el nombre, no la lista
del caja                          # caja se libera y suelta su referencia
tras_del = sys.getrefcount(datos)
print("tras_del: %d  (diferencia %+d)" % (tras_del, tras_del - antes))
