# Ejercicio 4: el conteo de referencias, paso a paso.
# Completa los TODO. Comprueba tu solución con: pytutor check ejercicio4
import sys

datos = [1, 2, 3]

# TODO: mide las referencias a datos con sys.getrefcount(datos) y guárdalo en antes.
antes = 0
print(f"Al principio: {antes}")

# TODO: crea una segunda referencia (otra = datos) y mide otra vez en con_ref.

# TODO: mete datos en una lista (caja = [datos]) y mide otra vez en en_lista.

# TODO: borra otra y caja con del y mide otra vez en tras_del.
# Imprime cada medida en su línea, como en el ejemplo del enunciado.
