# MAL: la envoltura imprime "Saliendo de …" antes de llamar a func (no entiende que lo que va tras la llamada se ejecuta a la vuelta)
import functools


def negrita(func):
    print("Aplicando negrita")

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en negrita")
        print("Saliendo de negrita")
        return "<b>" + func(*args, **kwargs) + "</b>"

    return envoltura


def cursiva(func):
    print("Aplicando cursiva")

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en cursiva")
        print("Saliendo de cursiva")
        return "<i>" + func(*args, **kwargs) + "</i>"

    return envoltura


@negrita
@cursiva
def saludo(nombre):
    """Devuelve un saludo para nombre."""
    print("Dentro de saludo")
    return f"Hola, {nombre}"


html = saludo("Ana")
print(html)
print("Nombre:", saludo.__name__)
