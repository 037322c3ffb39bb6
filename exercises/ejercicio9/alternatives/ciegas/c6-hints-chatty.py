# BIEN: anotaciones de tipo, comentarios explicativos y salida "charlatana"; @functools.wraps y return de la última llamada
import functools
from typing import Any, Callable


def repetir(veces: int) -> Callable:
    # nivel 1: recibe el argumento del decorador
    def decorador(func: Callable) -> Callable:
        # nivel 2: recibe la función que vamos a decorar
        @functools.wraps(func)
        def envoltura(*args: Any, **kwargs: Any) -> Any:
            # nivel 3: sustituye a func; veces y func llegan por el cierre
            resultados = [func(*args, **kwargs) for _ in range(veces)]
            return resultados[-1] if resultados else None
        return envoltura
    return decorador


@repetir(3)
def saludar(nombre: str) -> str:
    """Imprime un saludo para nombre y lo devuelve."""
    frase = f"¡Hola, {nombre}!"
    print(frase)
    return frase


resultado = saludar("Ana")
print("La función devolvió esto ->", resultado)
print("Y sigue llamándose ->", saludar.__name__)
print("Con su documentación ->", saludar.__doc__)
