# BIEN: envolturas que reenvían *args/**kwargs, f-strings, llamada con argumento por nombre saludo(nombre="Ana")
import functools


def negrita(func):
    print("Aplicando negrita")

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en negrita")
        r = func(*args, **kwargs)
        print("Saliendo de negrita")
        return f"<b>{r}</b>"
    return envoltura


def cursiva(func):
    print("Aplicando cursiva")

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en cursiva")
        r = func(*args, **kwargs)
        print("Saliendo de cursiva")
        return f"<i>{r}</i>"
    return envoltura


@negrita
@cursiva
def saludo(nombre):
    """Devuelve el saludo sin etiquetas; los decoradores ponen el formato."""
    print("Dentro de saludo")
    return f"Hola, {nombre}"


html = saludo(nombre="Ana")
print(f"Resultado: {html}")
print(f"Nombre de la función: {saludo.__name__}")
