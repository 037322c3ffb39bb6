# MAL: repetir guarda veces en una variable global: cada decoración nueva
# cambia las veces de todas las funciones ya decoradas.
import functools


VECES = 1


def repetir(veces):
    """Fábrica de decoradores: repetir(3) devuelve un decorador."""
    global VECES
    VECES = veces  # lo guardo fuera, por si el cierre lo pierde

    def decorador(func):
        @functools.wraps(func)  # copia __name__, __doc__... de func a envoltura
        def envoltura(*args, **kwargs):
            resultado = None
            for _ in range(VECES):
                resultado = func(*args, **kwargs)
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
