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


def negrita_cursiva(func):
    # Un único decorador que imita la pila entera.
    print("Aplicando cursiva")
    print("Aplicando negrita")

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en negrita")
        print("Entrando en cursiva")
        texto = func(*args, **kwargs)
        print("Saliendo de cursiva")
        print("Saliendo de negrita")
        return f"<b><i>{texto}</i></b>"
    return envoltura


@negrita_cursiva
def saludo(nombre):
    """Devuelve un saludo para nombre."""
    print("Dentro de saludo")
    return f"Hola, {nombre}"


html = saludo("Ana")
print(html)
print("Nombre:", saludo.__name__)
