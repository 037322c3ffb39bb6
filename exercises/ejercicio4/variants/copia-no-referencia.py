# MAL: otra = datos.copy() crea una lista NUEVA; la cuenta de datos no sube con ella.
import sys

# Un objeto nuevo, creado por el programa (no un entero pequeño ni una cadena
# corta, que CPython comparte con el resto del intérprete).
datos = [1, 2, 3]

# getrefcount cuenta también la referencia temporal de su propio argumento:
# por eso da uno más de lo que esperarías. Solo nos interesan los cambios.
antes = sys.getrefcount(datos)
print(f"Al principio: {antes}")

otra = datos.copy()               # creyendo que esto es otra referencia a datos
con_ref = sys.getrefcount(datos)
print(f"Con otra = datos: {con_ref} (+{con_ref - antes})")

caja = [datos]                    # una tercera: la lista caja guarda una referencia
en_lista = sys.getrefcount(datos)
print(f"También dentro de caja: {en_lista} (+{en_lista - antes})")

del otra                          # se borra el nombre, no el objeto
del caja                          # al liberarse caja, suelta su referencia a datos
tras_del = sys.getrefcount(datos)
print(f"Tras del otra y del caja: {tras_del} (+{tras_del - antes})")
