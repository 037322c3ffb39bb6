# MAL: el decorador no repite nada (llama una sola vez); es saludar la que
# imprime el saludo tres veces con su propio bucle. La salida es la esperada,
# pero repetir(veces) no hace lo que dice.
import functools


def repetir(veces):
    def decorador(func):
        @functools.wraps(func)
        def envoltura(*args, **kwargs):
            return func(*args, **kwargs)

        return envoltura

    return decorador


@repetir(3)
def saludar(nombre):
    """Imprime un saludo para nombre y lo devuelve."""
    texto = f"¡Hola, {nombre}!"
    for _ in range(3):
        print(texto)
    return texto


resultado = saludar("Ana")
print(f"Valor devuelto: {resultado}")
print(f"Nombre: {saludar.__name__}")
print(f"Documentación: {saludar.__doc__}")
