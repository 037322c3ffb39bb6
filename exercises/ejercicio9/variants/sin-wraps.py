# MAL: olvida functools.wraps. saludar pasa a ser la función envoltura: su
# __name__ es «envoltura» y su __doc__ es None, así que se pierden el nombre y
# la documentación de la función original.
def repetir(veces):
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
