# BIEN: mensajes en ingles, print con varios argumentos y etiqueta terminada en "="
import sys

datos = [1, 2, 3]

antes = sys.getrefcount(datos)
print("before =", antes)

otra = datos
con_ref = sys.getrefcount(datos)
print("with alias otra =", con_ref)

caja = [datos]
en_lista = sys.getrefcount(datos)
print("alias + inside caja =", en_lista)

del otra, caja
tras_del = sys.getrefcount(datos)
print("after del otra, caja =", tras_del)
