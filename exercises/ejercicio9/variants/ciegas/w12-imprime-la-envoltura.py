import functools


def repetir(veces):
    def decorador(func):
        @functools.wraps(func)
        def envoltura(*args, **kwargs):
            resultado = None
            for _ in range(veces):
                resultado = func(*args, **kwargs)
                print(resultado)          # se ve cada repetición
            return resultado
        return envoltura
    return decorador


@repetir(3)
def saludar(nombre):
    """Devuelve un saludo para nombre."""
    return f"¡Hola, {nombre}!"


resultado = saludar("Ana")
print(f"Valor devuelto: {resultado}")
print(f"Nombre: {saludar.__name__}")
print(f"Documentación: {saludar.__doc__}")
