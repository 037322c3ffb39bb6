# BIEN: guarda cada medida en su variable y luego las imprime en un bucle como tabla, con la diferencia
import sys

datos = [1, 2, 3]

antes = sys.getrefcount(datos)
otra = datos
con_ref = sys.getrefcount(datos)
caja = [datos]
en_lista = sys.getrefcount(datos)
del otra, caja
tras_del = sys.getrefcount(datos)

filas = [
    ("Inicio (solo datos)", antes),
    ("Alias otra = datos", con_ref),
    ("Alias + caja = [datos]", en_lista),
    ("Tras del otra, del caja", tras_del),
]
for etiqueta, valor in filas:
    print("%-26s: %d (%+d)" % (etiqueta, valor, valor - antes))
