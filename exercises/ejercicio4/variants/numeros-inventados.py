# MAL: nunca llama a sys.getrefcount; imprime los números que «deberían» salir, escritos a mano.
datos = [1, 2, 3]
otra = datos
caja = [datos]
del otra
del caja

print("Al principio: 2")
print("Con otra = datos: 3 (+1)")
print("También dentro de caja: 4 (+2)")
print("Tras del otra y del caja: 2 (+0)")
