# MAL: la envoltura rodea cada llamada con try/except Exception y devuelve
# None: si la función decorada falla, el error no sale nunca.
import functools


def repetir(veces):
    """Fábrica de decoradores: repetir(3) devuelve un decorador."""

    def decorador(func):
        @functools.wraps(func)  # copia __name__, __doc__... de func a envoltura
        def envoltura(*args, **kwargs):
            resultado = None
            for _ in range(veces):
                try:  # que un fallo no estropee el resto
                    resultado = func(*args, **kwargs)
                except Exception:
                    resultado = None
            return resultado  # sin esto, saludar("Ana") devolvería None

        return envoltura

    return decorador


@repetir(3)  # equivale a: saludar = repetir(3)(saludar)
def saludar(nombre):
    """Imprime un saludo para nombre y lo devuelve."""
    texto = f"¡Hola, {nombre}!"
    print(texto)
    return texto


resultado = saludar("Ana")
print(f"Valor devuelto: {resultado}")
print(f"Nombre: {saludar.__name__}")
print(f"Documentación: {saludar.__doc__}")
