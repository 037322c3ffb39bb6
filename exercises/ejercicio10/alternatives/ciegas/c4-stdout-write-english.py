# BIEN: wrappers called wrapper_b / wrapper_i, output with sys.stdout.write, English labels for the final lines
import sys
import functools


def negrita(fn):
    sys.stdout.write("Aplicando negrita\n")

    @functools.wraps(fn)
    def wrapper_b(*args, **kwargs):
        sys.stdout.write("Entrando en negrita\n")
        inner = fn(*args, **kwargs)
        sys.stdout.write("Saliendo de negrita\n")
        return "<b>" + inner + "</b>"

    return wrapper_b


def cursiva(fn):
    sys.stdout.write("Aplicando cursiva\n")

    @functools.wraps(fn)
    def wrapper_i(*args, **kwargs):
        sys.stdout.write("Entrando en cursiva\n")
        inner = fn(*args, **kwargs)
        sys.stdout.write("Saliendo de cursiva\n")
        return "<i>" + inner + "</i>"

    return wrapper_i


@negrita
@cursiva
def saludo(nombre):
    """Return a greeting for nombre."""
    sys.stdout.write("Dentro de saludo\n")
    return f"Hola, {nombre}"


html = saludo("Ana")
sys.stdout.write("Result: " + html + "\n")
sys.stdout.write("Name: " + saludo.__name__ + "\n")
