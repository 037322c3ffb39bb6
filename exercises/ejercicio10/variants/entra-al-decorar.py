# MAL: imprime «Entrando en …» en el cuerpo del decorador, que se ejecuta al
# decorar (una vez, al definir saludo), y no en la envoltura, que se ejecuta
# en cada llamada. Como cursiva se aplica primero, «Entrando en cursiva» sale
# antes que «Entrando en negrita».
import functools


def negrita(func):
    """Envuelve en <b>…</b> el texto que devuelve func."""
    print("Aplicando negrita")
    print("Entrando en negrita")

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        texto = func(*args, **kwargs)
        print("Saliendo de negrita")
        return f"<b>{texto}</b>"

    return envoltura


def cursiva(func):
    """Envuelve en <i>…</i> el texto que devuelve func."""
    print("Aplicando cursiva")
    print("Entrando en cursiva")

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
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
