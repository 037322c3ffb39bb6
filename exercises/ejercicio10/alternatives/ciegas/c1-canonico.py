# BIEN: dos decoradores con @functools.wraps, "Aplicando" en el cuerpo del decorador y Entrando/Saliendo en la envoltura; @negrita sobre @cursiva
import functools


def negrita(func):
    print("Aplicando negrita")

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en negrita")
        texto = func(*args, **kwargs)
        print("Saliendo de negrita")
        return f"<b>{texto}</b>"

    return envoltura


def cursiva(func):
    print("Aplicando cursiva")

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en cursiva")
        texto = func(*args, **kwargs)
        print("Saliendo de cursiva")
        return f"<i>{texto}</i>"

    return envoltura


@negrita
@cursiva
def saludo(nombre):
    """Devuelve un saludo para nombre."""
    print("Dentro de saludo")
    return f"Hola, {nombre}"


html = saludo("Ana")
print(html)
print(f"Nombre: {saludo.__name__}")
