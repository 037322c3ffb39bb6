# MAL: el argumento del decorador se ignora: la envoltura repite siempre 3 veces (range(3) fijo), así que repetir(4) o repetir(1) también hacen 3
import functools


def repetir(veces):
    def decorador(func):
        @functools.wraps(func)
        def envoltura(*args, **kwargs):
            resultado = None
            for _ in range(3):
                resultado = func(*args, **kwargs)
            return resultado
        return envoltura
    return decorador


@repetir(3)
def saludar(nombre):
    """Imprime un saludo para nombre y lo devuelve."""
    texto = "¡Hola, {}!".format(nombre)
    print(texto)
    return texto


resultado = saludar("Ana")
print("Valor devuelto: {}".format(resultado))
print("Nombre: {}".format(saludar.__name__))
print("Documentación: {}".format(saludar.__doc__))
