# Alternativa: aplica los decoradores a mano, sin @. saludo = negrita(cursiva(saludo))
# es exactamente lo que hacen @negrita y @cursiva apilados.
import functools


def negrita(funcion):
    print("Decorando con negrita")

    @functools.wraps(funcion)
    def nueva(*args, **kwargs):
        print("Entra en negrita")
        return_value = funcion(*args, **kwargs)
        print("Sale de negrita")
        return "<b>" + return_value + "</b>"

    return nueva


def cursiva(funcion):
    print("Decorando con cursiva")

    @functools.wraps(funcion)
    def nueva(*args, **kwargs):
        print("Entra en cursiva")
        return_value = funcion(*args, **kwargs)
        print("Sale de cursiva")
        return "<i>" + return_value + "</i>"

    return nueva


def saludo(nombre):
    """Saluda."""
    print(f"Ejecutando saludo({nombre!r})")
    return "Hola, " + nombre


saludo = negrita(cursiva(saludo))
html = saludo("Ana")
print(html)
print("saludo.__name__ =", saludo.__name__)
