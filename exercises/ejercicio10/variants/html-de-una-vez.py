# MAL: imprime bien las entradas y salidas, pero cursiva no añade nada y
# negrita pone las dos etiquetas de golpe. Para saludo el resultado parece
# correcto, <b><i>Hola, Ana</i></b>, pero cada decorador no hace lo suyo:
# cursiva(negrita(f)) daría <b><i>…</i></b> en lugar de <i><b>…</b></i>.
import functools


def negrita(func):
    """Envuelve en <b><i>…</i></b> el texto que devuelve func."""
    print("Aplicando negrita")

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en negrita")
        texto = func(*args, **kwargs)
        print("Saliendo de negrita")
        return f"<b><i>{texto}</i></b>"

    return envoltura


def cursiva(func):
    """No añade ninguna etiqueta."""
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
