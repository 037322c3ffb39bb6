def negrita(func):
    print("Aplicando negrita")

    def envoltura(*args, **kwargs):
        print("Entrando en negrita")
        texto = func(*args, **kwargs)
        print("Saliendo de negrita")
        return f"<b>{texto}</b>"
    # Sin functools.wraps: solo se copian nombre y docstring a mano.
    envoltura.__name__ = func.__name__
    envoltura.__doc__ = func.__doc__
    return envoltura


def cursiva(func):
    print("Aplicando cursiva")

    def envoltura(*args, **kwargs):
        print("Entrando en cursiva")
        texto = func(*args, **kwargs)
        print("Saliendo de cursiva")
        return f"<i>{texto}</i>"
    envoltura.__name__ = func.__name__
    envoltura.__doc__ = func.__doc__
    return envoltura


@negrita
@cursiva
def saludo(nombre):
    """Devuelve un saludo para nombre."""
    print("Dentro de saludo")
    return f"Hola, {nombre}"


html = saludo("Ana")
print(html)
print("Nombre:", saludo.__name__)
