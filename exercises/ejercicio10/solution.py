# Ejercicio 10: decoradores apilados. Se aplican de abajo arriba, pero al
# llamar a la función se ejecutan de fuera adentro, como capas de cebolla.
import functools


def negrita(func):
    """Envuelve en <b>…</b> el texto que devuelve func."""
    print("Aplicando negrita")  # al decorar, una sola vez, al definir saludo

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en negrita")  # cada vez que se llama a la función
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


@negrita  # se aplica la segunda: saludo = negrita(cursiva(saludo))
@cursiva  # se aplica la primera, la más cercana al def
def saludo(nombre):
    """Devuelve un saludo para nombre."""
    print("Dentro de saludo")
    return f"Hola, {nombre}"


html = saludo("Ana")
print(html)
print(f"Nombre: {saludo.__name__}")
