# Alternative: English wording, `from sys import getrefcount`, an instance of a class of
# our own, and the container emptied with clear() instead of deleted.
from sys import getrefcount


class Datos:
    pass


datos = Datos()

antes = getrefcount(datos)
print(f"At the start: {antes}")

otra = datos
con_ref = getrefcount(datos)
print(f"With another reference (otra = datos): {con_ref}")

caja = [datos]
en_lista = getrefcount(datos)
print(f"Also inside a list (caja): {en_lista}")

del otra
caja.clear()  # the list drops its reference to datos
tras_del = getrefcount(datos)
print(f"After del otra and emptying caja: {tras_del}")
