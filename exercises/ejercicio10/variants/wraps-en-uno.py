# MAL: solo cursiva usa functools.wraps. negrita, que queda por fuera,
# devuelve su envoltura sin copiarle nada: saludo.__name__ pasa a ser
# «envoltura» y se pierde el docstring. Cada decorador de la pila necesita wraps.
import functools


def negrita(func):
    """Envuelve en <b>…</b> el texto que devuelve func."""
    print("Aplicando negrita")

    def envoltura(*args, **kwargs):
        print("Entrando en negrita")
        texto = func(*args, **kwargs)
        print("Saliendo de negrita")
        return f"<b>{texto}</b>"

    return envoltura


def cursiva(func):
    """Envuelve en <i>…</i> el texto que devuelve func."""
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
