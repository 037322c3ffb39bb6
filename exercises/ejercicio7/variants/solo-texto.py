# MAL: imprime la salida esperada sin escribir ningún generador; el total
# está copiado a mano.
print("Primeros cuadrados pares: [4, 16, 36, 64, 100]")
print("Suma de los cuadrados pares de 1 a 1000000: 166667166667000000")
