# BIEN: imprime por trozos con end="" y al final comprueba las diferencias con assert
import sys

datos = [1, 2, 3]

antes = sys.getrefcount(datos)
print("refcount(datos) al empezar = ", end="")
print(antes)

otra = datos
con_ref = sys.getrefcount(datos)
print("refcount(datos) con otra = ", end="")
print(con_ref)

caja = [datos]
en_lista = sys.getrefcount(datos)
print("refcount(datos) con otra y caja = ", end="")
print(en_lista)

del otra
del caja
tras_del = sys.getrefcount(datos)
print("refcount(datos) tras los del = ", end="")
print(tras_del)

assert con_ref == antes + 1
assert en_lista == antes + 2
assert tras_del == antes
print("OK: +1, +2 y vuelta al valor inicial")
