# BIEN: salida con sys.stdout.write y str(); explica que del borra nombres, no la lista
import sys

datos = [1, 2, 3]
escribir = sys.stdout.write

antes = sys.getrefcount(datos)
escribir("Contador inicial de datos: " + str(antes) + "\n")

otra = datos
con_ref = sys.getrefcount(datos)
escribir("Con el alias otra: " + str(con_ref) + "\n")

caja = [datos]
en_lista = sys.getrefcount(datos)
escribir("Con el alias y dentro de caja: " + str(en_lista) + "\n")

del otra, caja
tras_del = sys.getrefcount(datos)
escribir("Despues de del otra y del caja: " + str(tras_del) + "\n")
escribir("datos sigue vivo: " + str(datos) + "\n")
