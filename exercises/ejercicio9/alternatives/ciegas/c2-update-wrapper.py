# BIEN: copia los metadatos con functools.update_wrapper(envoltura, func) en vez del azúcar @wraps; mensajes con .format
import functools


def repetir(veces):
    def decorador(func):
        def envoltura(*args, **kwargs):
            ultimo = None
            for i in range(veces):
                ultimo = func(*args, **kwargs)
            return ultimo
        functools.update_wrapper(envoltura, func)
        return envoltura
    return decorador


@repetir(3)
def saludar(nombre):
    """Saluda a `nombre` por pantalla y devuelve el saludo."""
    saludo = "¡Hola, {}!".format(nombre)
    print(saludo)
    return saludo


resultado = saludar("Ana")
print("Valor devuelto: {}".format(resultado))
print("Nombre: {}".format(saludar.__name__))
print("Documentación: {}".format(saludar.__doc__))
