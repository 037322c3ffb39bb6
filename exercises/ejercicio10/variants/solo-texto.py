# MAL: imprime la salida esperada a mano; no hay decoradores.
print("Aplicando cursiva")
print("Aplicando negrita")
print("Entrando en negrita")
print("Entrando en cursiva")
print("Dentro de saludo")
print("Saliendo de cursiva")
print("Saliendo de negrita")
html = "<b><i>Hola, Ana</i></b>"
print(html)
print("Nombre: saludo")
