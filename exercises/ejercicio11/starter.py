# Ejercicio 11: un gestor de contexto que sale siempre.
# Guarda tu programa como ejercicio11.py y compruébalo con: pytutor check ejercicio11
import contextlib  # lo necesitarás para @contextlib.contextmanager


class Contador:
    """Cuenta las operaciones hechas dentro de un bloque with."""

    def __init__(self, nombre, suprimir=False):
        self.nombre = nombre
        self.suprimir = suprimir
        self.operaciones = 0

    def sumar(self):
        self.operaciones += 1

    def __enter__(self):
        print(f"{self.nombre}: entrando")
        return self

    def __exit__(self, tipo, valor, traza):
        # TODO: imprime «<nombre>: saliendo tras N operaciones, ...» diciendo si hubo
        #       error (tipo.__name__) o no.
        # TODO: devuelve True solo si hubo excepción y self.suprimir es True;
        #       en los demás casos devuelve False para que la excepción se propague.
        return False


# TODO: escribe el generador contando(nombre) decorado con @contextlib.contextmanager:
#       imprime la entrada, haz yield de una lista vacía dentro de un try, muestra el
#       error en un except (y vuelve a lanzarlo con raise) y la salida en un finally.


def comprobar(precio):
    if precio < 0:
        raise ValueError(f"precio negativo: {precio}")


# Lote 1: todo bien.
with Contador("Lote 1") as cuenta:
    for precio in [10, 20, 30]:
        comprobar(precio)
        cuenta.sumar()

# TODO: lote 2 con Contador y los precios [10, -5, 30], dentro de un try/except
#       ValueError que imprima «Capturado fuera del with: ValueError: ...».
# TODO: lote 3 con Contador(..., suprimir=True) y los precios [10, 20, -1, 40]; después
#       imprime «Tras el lote 3 el programa sigue».
# TODO: lote 4 con contando y los precios [5, 15] (hechas.append(precio)).
# TODO: lote 5 con contando y los precios [-7, 8], dentro de un try/except ValueError.
