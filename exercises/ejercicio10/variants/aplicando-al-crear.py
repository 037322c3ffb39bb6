# MAL: los decoradores salen de una fábrica que imprime «Aplicando …» al crear
# el decorador, no al decorar: con cursiva creada primero la salida es la misma,
# pero decorar otra función no imprime nada.
import functools


def etiqueta(nombre, marca):
    """Fábrica: crea el decorador que envuelve en <marca>…</marca>."""
    print(f"Aplicando {nombre}")

    def decorador(func):
        @functools.wraps(func)
        def envoltura(*args, **kwargs):
            print(f"Entrando en {nombre}")
            texto = func(*args, **kwargs)
            print(f"Saliendo de {nombre}")
            return f"<{marca}>{texto}</{marca}>"

        return envoltura

    return decorador


cursiva = etiqueta("cursiva", "i")  # la de abajo se aplica primero
negrita = etiqueta("negrita", "b")


@negrita  # se aplica la segunda: saludo = negrita(cursiva(saludo))
@cursiva  # se aplica la primera, la más cercana al def
def saludo(nombre):
    """Devuelve un saludo para nombre."""
    print("Dentro de saludo")
    return f"Hola, {nombre}"


html = saludo("Ana")
print(html)
print(f"Nombre: {saludo.__name__}")
