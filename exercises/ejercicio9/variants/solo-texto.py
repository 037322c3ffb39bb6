# MAL: imprime la salida esperada a mano; no hay decorador ni función.
print("¡Hola, Ana!")
print("¡Hola, Ana!")
print("¡Hola, Ana!")
print("Valor devuelto: ¡Hola, Ana!")
print("Nombre: saludar")
print("Documentación: Imprime un saludo para nombre y lo devuelve.")
