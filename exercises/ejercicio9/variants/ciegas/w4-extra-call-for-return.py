# MAL: llama a func `veces` veces en el bucle y otra más en el return para obtener el valor; la función se ejecuta veces+1 veces
import functools


def repetir(veces):
    def decorador(func):
        @functools.wraps(func)
        def envoltura(*args, **kwargs):
            for _ in range(veces):
                func(*args, **kwargs)
            return func(*args, **kwargs)
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
