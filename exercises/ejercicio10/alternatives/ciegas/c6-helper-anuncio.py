# BIEN: función auxiliar anunciar() para los mensajes, decoradores definidos en otro orden (cursiva antes que negrita) y docstring conservado
import functools


def anunciar(accion, estilo):
    print("%s %s" % (accion, estilo))


def cursiva(func):
    """Envuelve en <i>…</i> el texto que devuelve func."""
    anunciar("Aplicando", "cursiva")

    @functools.wraps(func)
    def _envoltura(*args, **kwargs):
        anunciar("Entrando en", "cursiva")
        t = func(*args, **kwargs)
        anunciar("Saliendo de", "cursiva")
        return "<i>%s</i>" % t

    return _envoltura


def negrita(func):
    """Envuelve en <b>…</b> el texto que devuelve func."""
    anunciar("Aplicando", "negrita")

    @functools.wraps(func)
    def _envoltura(*args, **kwargs):
        anunciar("Entrando en", "negrita")
        t = func(*args, **kwargs)
        anunciar("Saliendo de", "negrita")
        return "<b>%s</b>" % t

    return _envoltura


@negrita
@cursiva
def saludo(nombre):
    """Saluda a nombre."""
    print("Dentro de saludo")
    return f"Hola, {nombre}"


html = saludo("Ana")
print(html)
print("Nombre: %s" % saludo.__name__)
print("Docstring conservado: %s" % saludo.__doc__)
