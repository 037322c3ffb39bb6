# BIEN: English naming (decorator/wrapper), from functools import wraps, English labels in the output
from functools import wraps


def repetir(veces):
    """Return a decorator that runs the decorated function `veces` times."""
    def decorator(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for _ in range(veces):
                last = fn(*args, **kwargs)
            return last
        return wrapper
    return decorator


@repetir(3)
def saludar(nombre):
    """Print a greeting for nombre and return it."""
    greeting = f"¡Hola, {nombre}!"
    print(greeting)
    return greeting


resultado = saludar("Ana")
print(f"Returned value: {resultado}")
print(f"Name: {saludar.__name__}")
print(f"Docstring: {saludar.__doc__}")
