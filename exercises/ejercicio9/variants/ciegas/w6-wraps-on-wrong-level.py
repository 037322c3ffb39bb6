# MAL: pone @functools.wraps en el nivel equivocado (copia los datos de repetir sobre el decorador intermedio); la envoltura devuelta se sigue llamando 'envoltura' y sin docstring
import functools


def repetir(veces):
    """Decorador que repite la función."""
    @functools.wraps(repetir)
    def decorador(func):
        def envoltura(*args, **kwargs):
            resultado = None
            for _ in range(veces):
                resultado = func(*args, **kwargs)
            return resultado
        return envoltura
    return decorador


@repetir(3)
def saludar(nombre):
    """Imprime un saludo para nombre y lo devuelve."""
    texto = f"¡Hola, {nombre}!"
    print(texto)
    return texto


resultado = saludar("Ana")
print(f"Valor devuelto: {resultado}")
print(f"Nombre: {saludar.__name__}")
print(f"Documentación: {saludar.__doc__}")
