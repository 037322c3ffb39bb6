# MAL: trampa: negrita añade las dos etiquetas (<b><i>…</i></b>) y cursiva devuelve el texto sin tocar; cuadra solo para este orden
import functools


def negrita(func):
    print("Aplicando negrita")

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en negrita")
        texto = func(*args, **kwargs)
        print("Saliendo de negrita")
        return "<b><i>" + texto + "</i></b>"

    return envoltura


def cursiva(func):
    print("Aplicando cursiva")

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en cursiva")
        texto = func(*args, **kwargs)
        print("Saliendo de cursiva")
        return texto

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
