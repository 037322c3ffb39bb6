import functools


def repetir(veces):
    funcion = None

    def envoltura(*args, **kwargs):
        for _ in range(veces):
            resultado = funcion(*args, **kwargs)
        return resultado

    def decorador(func):
        nonlocal funcion
        funcion = func
        return functools.wraps(func)(envoltura)

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
