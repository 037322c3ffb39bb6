# MAL (para este ejercicio): en lugar de functools.wraps copia a mano
# __name__ y __doc__. El nombre y la documentación salen bien, pero se
# pierden __qualname__, __module__, __dict__ y __wrapped__, y el ejercicio pide
# functools.wraps.
def repetir(veces):
    def decorador(func):
        def envoltura(*args, **kwargs):
            resultado = None
            for _ in range(veces):
                resultado = func(*args, **kwargs)
            return resultado

        envoltura.__name__ = func.__name__
        envoltura.__doc__ = func.__doc__
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
