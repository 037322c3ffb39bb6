# BIEN: variable intermedia para el decorador (rep3 = repetir(3)) aplicada con @, print por piezas con end=""
import functools


def repetir(veces):
    def decorar(funcion):
        @functools.wraps(funcion)
        def envoltorio(*args, **kwargs):
            salida = None
            for vuelta in range(1, veces + 1):
                salida = funcion(*args, **kwargs)
            return salida
        return envoltorio
    return decorar


rep3 = repetir(3)


@rep3
def saludar(nombre):
    """Imprime un saludo para nombre y lo devuelve."""
    print("¡Hola, ", end="")
    print(nombre, end="")
    print("!")
    return "¡Hola, " + nombre + "!"


resultado = saludar("Ana")
print("Valor devuelto: ", end="")
print(resultado)
print("Nombre: ", end="")
print(saludar.__name__)
print("Documentación: ", end="")
print(saludar.__doc__)
