# MAL: define repetir pero no lo usa: saludar no está decorada y la repetición se hace con un for al llamarla (tres llamadas en vez de una)
import functools


def repetir(veces):
    def decorador(func):
        @functools.wraps(func)
        def envoltura(*args, **kwargs):
            resultado = None
            for _ in range(veces):
                resultado = func(*args, **kwargs)
            return resultado
        return envoltura
    return decorador


def saludar(nombre):
    """Imprime un saludo para nombre y lo devuelve."""
    texto = f"¡Hola, {nombre}!"
    print(texto)
    return texto


for _ in range(3):
    resultado = saludar("Ana")

print(f"Valor devuelto: {resultado}")
print(f"Nombre: {saludar.__name__}")
print(f"Documentación: {saludar.__doc__}")
