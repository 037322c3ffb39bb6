# BIEN: función auxiliar que monta una tubería nueva en cada llamada; .format y print(*...) para los cinco
from itertools import islice


def numeros(n):
    """Genera 1, 2, ..., n."""
    for i in range(n):
        yield i + 1


def cuadrados(iterable):
    """Genera el cuadrado de cada valor."""
    for v in iterable:
        yield v * v


def solo_pares(iterable):
    """Deja pasar solo los pares."""
    for v in iterable:
        if v % 2 == 0:
            yield v


def nueva_tuberia(n):
    # cada llamada crea generadores nuevos: nada se reutiliza gastado
    return solo_pares(cuadrados(numeros(n)))


LIMITE = 10**6

print("Los cinco primeros cuadrados pares son:", *islice(nueva_tuberia(LIMITE), 5))
print("La suma de los cuadrados pares entre 1 y {} es {}".format(LIMITE, sum(nueva_tuberia(LIMITE))))
