# BIEN: una fábrica común crear_decorador(etiqueta, nombre) genera negrita y cursiva; cada una añade su propia etiqueta y usa wraps
from functools import wraps


def crear_decorador(etiqueta, nombre_estilo):
    def decorador(func):
        print("Aplicando " + nombre_estilo)

        @wraps(func)
        def envoltura(*args, **kwargs):
            print("Entrando en " + nombre_estilo)
            contenido = func(*args, **kwargs)
            print("Saliendo de " + nombre_estilo)
            return "<%s>%s</%s>" % (etiqueta, contenido, etiqueta)

        return envoltura
    return decorador


negrita = crear_decorador("b", "negrita")
cursiva = crear_decorador("i", "cursiva")


@negrita
@cursiva
def saludo(nombre):
    """Construye el saludo (HTML) para nombre."""
    print("Dentro de saludo")
    return f"Hola, {nombre}"


html = saludo("Ana")
print("HTML:", html)
print("Nombre:", saludo.__name__)
