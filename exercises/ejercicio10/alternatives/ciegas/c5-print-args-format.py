# BIEN: print con varios argumentos ("Entrando en", "negrita"), etiquetas con .format y "".join; resultado guardado antes de devolver
import functools


def negrita(funcion):
    print("Aplicando", "negrita")

    @functools.wraps(funcion)
    def envolver(*args, **kwargs):
        print("Entrando en", "negrita")
        resultado = funcion(*args, **kwargs)
        print("Saliendo de", "negrita")
        envuelto = "<b>{}</b>".format(resultado)
        return envuelto

    return envolver


def cursiva(funcion):
    print("Aplicando", "cursiva")

    @functools.wraps(funcion)
    def envolver(*args, **kwargs):
        print("Entrando en", "cursiva")
        resultado = funcion(*args, **kwargs)
        print("Saliendo de", "cursiva")
        envuelto = "".join(["<i>", resultado, "</i>"])
        return envuelto

    return envolver


@negrita
@cursiva
def saludo(nombre):
    """Devuelve 'Hola, nombre' (sin formato)."""
    print("Dentro de saludo")
    return "Hola, {}".format(nombre)


html = saludo("Ana")
print(html)
print("saludo.__name__ =", saludo.__name__)
