# Ejercicio 9: un decorador con argumentos.
# Guarda tu programa como ejercicio9.py y compruébalo con: pytutor check ejercicio9
import functools  # lo necesitarás para functools.wraps


def repetir(veces):
    """Fábrica de decoradores: repetir(3) devuelve un decorador."""

    def decorador(func):
        # TODO: decora envoltura con @functools.wraps(func) para conservar
        #       el nombre y la documentación de func.
        def envoltura(*args, **kwargs):
            # TODO: llama a func `veces` veces (ahora solo la llama una).
            func(*args, **kwargs)
            # TODO: devuelve el resultado de func (ahora se pierde y sale None).

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
