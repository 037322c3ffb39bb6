# MAL: cursiva olvida functools.wraps; negrita copia el nombre de la envoltura de cursiva y saludo.__name__ acaba siendo 'envoltura_cursiva'
import functools


def negrita(func):
    print("Aplicando negrita")

    @functools.wraps(func)
    def envoltura_negrita(*args, **kwargs):
        print("Entrando en negrita")
        texto = func(*args, **kwargs)
        print("Saliendo de negrita")
        return "<b>" + texto + "</b>"

    return envoltura_negrita


def cursiva(func):
    print("Aplicando cursiva")

    def envoltura_cursiva(*args, **kwargs):
        print("Entrando en cursiva")
        texto = func(*args, **kwargs)
        print("Saliendo de cursiva")
        return "<i>" + texto + "</i>"

    return envoltura_cursiva


@negrita
@cursiva
def saludo(nombre):
    """Devuelve un saludo para nombre."""
    print("Dentro de saludo")
    return f"Hola, {nombre}"


html = saludo("Ana")
print(html)
print("Nombre:", saludo.__name__)
