# Ejercicio 4: conteo de referencias
import sys

datos = [1, 2, 3]
print("Lista de trabajo: datos =", datos)
print()

antes = sys.getrefcount(datos)
print("antes    ->", antes)

otra = datos
con_ref = sys.getrefcount(datos)
print("con_ref  ->", con_ref)

caja = [datos]
en_lista = sys.getrefcount(datos)
print("en_lista ->", en_lista)

del otra, caja
tras_del = sys.getrefcount(datos)
print("tras_del ->", tras_del)

print()
print("Recuerda: getrefcount siempre cuenta una de más (su propio argumento).")
