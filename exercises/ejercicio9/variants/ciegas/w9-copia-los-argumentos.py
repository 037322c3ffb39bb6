import copy
import functools


def repetir(veces):
    def decorador(func):
        @functools.wraps(func)
        def envoltura(*args, **kwargs):
            resultado = None
            for _ in range(veces):
                # Copias nuevas en cada vuelta: así todas reciben "lo mismo".
                copia_args = copy.deepcopy(args)
                copia_kwargs = copy.deepcopy(kwargs)
                resultado = func(*copia_args, **copia_kwargs)
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
