# BIEN: repetir es una clase: __init__ guarda veces y __call__ recibe la función y devuelve una envoltura con @wraps
from functools import wraps


class repetir:
    """Decorador con argumento implementado como clase."""

    def __init__(self, veces):
        self.veces = veces

    def __call__(self, func):
        veces = self.veces

        @wraps(func)
        def envoltura(*args, **kwargs):
            res = None
            for _ in range(veces):
                res = func(*args, **kwargs)
            return res

        return envoltura


@repetir(3)
def saludar(nombre):
    """Imprime un saludo para nombre y lo devuelve."""
    msg = "¡Hola, " + nombre + "!"
    print(msg)
    return msg


resultado = saludar("Ana")
print("Valor devuelto:", resultado)
print("Nombre:", saludar.__name__)
print("Documentación:", saludar.__doc__)
