# MAL: los gestores de contexto existen y se usan, pero ningún bloque lanza una
# excepción: los «errores» son solo texto impreso dentro del bloque. __exit__ nunca
# recibe una excepción, así que no se comprueba que salga bien cuando algo falla.
import contextlib


class Contador:
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
        print(f"{self.nombre}: saliendo tras {self.operaciones} operaciones")
        return False


@contextlib.contextmanager
def contando(nombre):
    hechas = []
    print(f"{nombre}: entrando")
    try:
        yield hechas
    finally:
        print(f"{nombre}: saliendo tras {len(hechas)} operaciones")


with Contador("Lote 1") as cuenta:
    for precio in [10, 20, 30]:
        cuenta.sumar()

with Contador("Lote 2") as cuenta:
    cuenta.sumar()
    print("Lote 2: error ValueError (se propaga)")
print("Capturado fuera del with: ValueError: precio negativo: -5")

with Contador("Lote 3", suprimir=True) as cuenta:
    cuenta.sumar()
    cuenta.sumar()
    print("Lote 3: error ValueError suprimido")
print("Tras el lote 3 el programa sigue")

with contando("Lote 4") as hechas:
    hechas.extend([5, 15])

with contando("Lote 5") as hechas:
    print("Lote 5: vio el error ValueError")
print("Capturado fuera del with: ValueError: precio negativo: -7")
