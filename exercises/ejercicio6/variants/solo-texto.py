# MAL: solo imprime una salida creíble; no define las funciones ni mide nada.
print("Suma con lista: 499999500000")
print("Suma con generador: 499999500000")
print("Pico de memoria con lista: 40440648 bytes")
print("Pico de memoria con generador: 464 bytes")
print("La lista necesitó unas 87156 veces más memoria")
print("sys.getsizeof(lista): 8448728 bytes")
print("sys.getsizeof(generador): 200 bytes")
