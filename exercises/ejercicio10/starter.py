# Ejercicio 10: decoradores apilados.
# Guarda tu programa como ejercicio10.py y compruébalo con: pytutor check ejercicio10
import functools


def negrita(func):
    """Envuelve en <b>…</b> el texto que devuelve func."""
    print("Aplicando negrita")

    @functools.wraps(func)
    def envoltura(*args, **kwargs):
        print("Entrando en negrita")
        texto = func(*args, **kwargs)
        print("Saliendo de negrita")
        return f"<b>{texto}</b>"

    return envoltura


def cursiva(func):
    """Envuelve en <i>…</i> el texto que devuelve func."""
    # TODO: imprime «Aplicando cursiva» al decorar, como hace negrita.
    # TODO: decora envoltura con @functools.wraps(func).
    def envoltura(*args, **kwargs):
        # TODO: imprime «Entrando en cursiva» antes de llamar a func
        #       y «Saliendo de cursiva» después.
        texto = func(*args, **kwargs)
        # TODO: devuelve el texto envuelto en <i>…</i>.
        return texto

    return envoltura


# TODO: apila los dos decoradores para obtener <b><i>Hola, Ana</i></b>:
#       @negrita encima y @cursiva debajo, justo sobre el def.
@negrita
def saludo(nombre):
    """Devuelve un saludo para nombre."""
    print("Dentro de saludo")
    return f"Hola, {nombre}"


html = saludo("Ana")
print(html)
print(f"Nombre: {saludo.__name__}")
