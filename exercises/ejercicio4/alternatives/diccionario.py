# Solución alternativa: un diccionario, otros nombres y otra redacción.
import sys

datos = {"nombre": "Ada", "lenguaje": "Python"}

antes = sys.getrefcount(datos)
print("Referencias a datos antes de nada =", antes)

alias = datos
con_ref = sys.getrefcount(datos)
print("Con una segunda referencia (alias = datos) =", con_ref)

caja = {"contenido": datos}
en_lista = sys.getrefcount(datos)
print("Guardado también en el diccionario caja =", en_lista)

del alias, caja
tras_del = sys.getrefcount(datos)
print("Después de borrar alias y caja =", tras_del)
print("Diferencias:", con_ref - antes, en_lista - antes, tras_del - antes)
