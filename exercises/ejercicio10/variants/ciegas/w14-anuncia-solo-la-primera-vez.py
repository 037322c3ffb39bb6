import functools


def negrita(func):
    print("Aplicando negrita")
    ya_anunciado = False

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        nonlocal ya_anunciado
        anunciar = not ya_anunciado
        ya_anunciado = True
        if anunciar:
            print("Entrando en negrita")
        texto = func(*args, **kwargs)
        if anunciar:
            print("Saliendo de negrita")
        return f"<b>{texto}</b>"

    return envoltura


def cursiva(func):
    print("Aplicando cursiva")
    ya_anunciado = False

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        nonlocal ya_anunciado
        anunciar = not ya_anunciado
        ya_anunciado = True
        if anunciar:
            print("Entrando en cursiva")
        texto = func(*args, **kwargs)
        if anunciar:
            print("Saliendo de cursiva")
        return f"<i>{texto}</i>"

    return envoltura


@negrita
@cursiva
def saludo(nombre):
    """Devuelve un saludo."""
    print("Dentro de saludo")
    return f"Hola, {nombre}"


html = saludo("Ana")
print(html)
print("Nombre:", saludo.__name__)
