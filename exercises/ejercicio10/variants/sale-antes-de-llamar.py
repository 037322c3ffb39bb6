# MAL: cada envoltura anuncia que sale antes de llamar a la función, no
# después. Así negrita «sale» antes de que cursiva entre y las salidas no
# van de dentro afuera.
import functools


def negrita(func):
    """Envuelve en <b>…</b> el texto que devuelve func."""
    print("Aplicando negrita")

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en negrita")
        print("Saliendo de negrita")
        return f"<b>{func(*args, **kwargs)}</b>"

    return envoltura


def cursiva(func):
    """Envuelve en <i>…</i> el texto que devuelve func."""
    print("Aplicando cursiva")

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en cursiva")
        print("Saliendo de cursiva")
        return f"<i>{func(*args, **kwargs)}</i>"

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
