import functools


def repetir(veces):
    """Decorador con argumento: repite la llamada `veces` veces."""
    def decorador(func):
        @functools.wraps(func)
        def envoltura(*args, **kwargs):
            resultado = None
            for _ in range(veces):
                # "que un None no me borre el resultado bueno"
                resultado = func(*args, **kwargs) or resultado
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
