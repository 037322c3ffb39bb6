# BIEN: negrita y cursiva son clases decoradoras: __init__ anuncia y copia metadatos con functools.update_wrapper, __call__ envuelve el texto
import functools


class negrita:
    def __init__(self, func):
        print("Aplicando negrita")
        functools.update_wrapper(self, func)
        self.func = func          # después de update_wrapper, para que no lo pise

    def __call__(self, *args, **kwargs):
        print("Entrando en negrita")
        texto = self.func(*args, **kwargs)
        print("Saliendo de negrita")
        return "<b>" + texto + "</b>"


class cursiva:
    def __init__(self, func):
        print("Aplicando cursiva")
        functools.update_wrapper(self, func)
        self.func = func

    def __call__(self, *args, **kwargs):
        print("Entrando en cursiva")
        texto = self.func(*args, **kwargs)
        print("Saliendo de cursiva")
        return "<i>" + texto + "</i>"


@negrita
@cursiva
def saludo(nombre):
    """Saludo en HTML para nombre."""
    print("Dentro de saludo")
    return f"Hola, {nombre}"


html = saludo("Ana")
print(html)
print("Nombre:", saludo.__name__)
