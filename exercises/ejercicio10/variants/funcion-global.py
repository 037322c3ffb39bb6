# MAL: cada decorador guarda la función en una variable global y la envoltura
# llama a esa global: decorar otra función redirige las envolturas anteriores.
import functools


def negrita(func):
    """Envuelve en <b>…</b> el texto que devuelve func."""
    print("Aplicando negrita")  # al decorar, una sola vez, al definir saludo
    global interior_negrita
    interior_negrita = func

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en negrita")  # cada vez que se llama a la función
        texto = interior_negrita(*args, **kwargs)
        print("Saliendo de negrita")
        return f"<b>{texto}</b>"

    return envoltura


def cursiva(func):
    """Envuelve en <i>…</i> el texto que devuelve func."""
    print("Aplicando cursiva")
    global interior_cursiva
    interior_cursiva = func

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en cursiva")
        texto = interior_cursiva(*args, **kwargs)
        print("Saliendo de cursiva")
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
