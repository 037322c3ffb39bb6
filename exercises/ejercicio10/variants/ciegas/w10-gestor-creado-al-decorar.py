import contextlib
import functools


@contextlib.contextmanager
def anunciar(capa):
    print(f"Entrando en {capa}")
    yield
    print(f"Saliendo de {capa}")


def negrita(func):
    print("Aplicando negrita")
    aviso = anunciar("negrita")      # se prepara una sola vez, al decorar

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        with aviso:
            texto = func(*args, **kwargs)
        return f"<b>{texto}</b>"
    return envoltura


def cursiva(func):
    print("Aplicando cursiva")
    aviso = anunciar("cursiva")      # se prepara una sola vez, al decorar

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        with aviso:
            texto = func(*args, **kwargs)
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
