# MAL: la envoltura imprime la salida y devuelve dentro de un finally: el
# return descarta cualquier excepción de la función decorada.
import functools


def negrita(func):
    """Envuelve en <b>…</b> el texto que devuelve func."""
    print("Aplicando negrita")  # al decorar, una sola vez, al definir saludo

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en negrita")
        texto = ""
        try:
            texto = func(*args, **kwargs)
        finally:
            print("Saliendo de negrita")  # siempre, también si falla
            return f"<b>{texto}</b>"

    return envoltura


def cursiva(func):
    """Envuelve en <i>…</i> el texto que devuelve func."""
    print("Aplicando cursiva")

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en cursiva")
        texto = ""
        try:
            texto = func(*args, **kwargs)
        finally:
            print("Saliendo de cursiva")  # siempre, también si falla
            return f"<i>{texto}</i>"

    return envoltura


@negrita  # se aplica la segunda: saludo = negrita(cursiva(saludo))
@cursiva  # se aplica la primera, la más cercana al def
def saludo(nombre):
    """Devuelve un saludo para nombre."""
    print("Dentro de saludo")
    return f"Hola, {nombre}"


html = saludo("Ana")
print(html)
print(f"Nombre: {saludo.__name__}")
