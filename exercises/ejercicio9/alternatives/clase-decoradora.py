# Alternativa: el decorador con argumentos como clase. repetir(3) crea una
# instancia que guarda veces; al aplicarla a la función se llama __call__.
from functools import wraps


class repetir:
    def __init__(self, veces):
        self.veces = veces

    def __call__(self, func):
        @wraps(func)
        def envoltura(*args, **kwargs):
            resultados = [func(*args, **kwargs) for _ in range(self.veces)]
            return resultados[-1] if resultados else None

        return envoltura


@repetir(veces=3)
def saludar(nombre):
    """Greets someone by name and returns the greeting."""
    mensaje = f"Hello, {nombre}!"
    print(mensaje)
    return mensaje


if __name__ == "__main__":
    resultado = saludar("Ana")
    print(f"Returned value: {resultado}")
    print(f"Name: {saludar.__name__}")
    print(f"Docstring: {saludar.__doc__}")
