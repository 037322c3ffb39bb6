# MAL: la envoltura llama a func las veces pedidas pero no devuelve nada; la función decorada devuelve siempre None
import functools


def repetir(veces):
    def decorador(func):
        @functools.wraps(func)
        def envoltura(*args, **kwargs):
            for _ in range(veces):
                func(*args, **kwargs)
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
