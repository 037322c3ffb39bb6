# MAL: confunde decorar con llamar: imprime "Aplicando …" dentro de la envoltura (en cada llamada) en vez de en el cuerpo del decorador
import functools


def negrita(func):
    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Aplicando negrita")
        print("Entrando en negrita")
        texto = func(*args, **kwargs)
        print("Saliendo de negrita")
        return f"<b>{texto}</b>"

    return envoltura


def cursiva(func):
    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Aplicando cursiva")
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
