# Alternativa: una fábrica que crea decoradores de etiquetas HTML; negrita y
# cursiva son dos decoradores hechos con ella. Salida en inglés.
from functools import wraps


def etiqueta(tag, nombre):
    def decorador(func):
        print(f"Applying {nombre}")

        @wraps(func)
        def envoltura(*args, **kwargs):
            print(f"Entering {nombre}")
            resultado = func(*args, **kwargs)
            print(f"Leaving {nombre}")
            return f"<{tag}>{resultado}</{tag}>"

        return envoltura

    return decorador


negrita = etiqueta("b", "bold")
cursiva = etiqueta("i", "italic")


@negrita
@cursiva
def saludo(nombre):
    """Returns a greeting for nombre."""
    print("Inside saludo")
    return f"Hello, {nombre}"


html = saludo("Ana")
print(html)
print(f"Name: {saludo.__name__}")
