# MISTAKE: the wrapper only accepts/forwards *args and drops **kwargs, so keyword-argument calls fail
import functools


def repetir(veces):
    def decorador(func):
        @functools.wraps(func)
        def envoltura(*args):
            resultado = None
            for _ in range(veces):
                resultado = func(*args)
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
print("Valor devuelto:", resultado)
print("Nombre:", saludar.__name__)
print("Documentación:", saludar.__doc__)
