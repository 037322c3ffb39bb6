# Alternativa: otros nombres internos, un while y la salida con otra redacción.
import functools


def repetir(veces):
    def aplicar(funcion):
        @functools.wraps(funcion)
        def nueva(*posicionales, **nombrados):
            ultimo = None
            restantes = veces
            while restantes > 0:
                ultimo = funcion(*posicionales, **nombrados)
                restantes -= 1
            return ultimo

        return nueva

    return aplicar


@repetir(3)
def saludar(nombre):
    """Saluda a nombre y devuelve el saludo."""
    saludo = f"Hola, {nombre}"
    print(saludo)
    return saludo


resultado = saludar("Ana")
print(f"saludar devolvió: {resultado!r}")
print(f"saludar.__name__ = {saludar.__name__}")
print(f"saludar.__doc__ = {saludar.__doc__}")
