# MAL: cuenta las dos llamadas recursivas antes de hacerlas y suma a mano la
# de fuera: 242785 para fib(25), pero fib(10) suma 176 en vez de 177 llamadas.
import functools

N = 25
llamadas = 0  # cuántas veces se ha llamado a fib (la versión sin caché)


def fib(n):
    """Fibonacci recursivo, sin caché: recalcula lo mismo una y otra vez."""
    global llamadas
    if n < 2:
        return n
    llamadas += 2  # las dos llamadas que voy a hacer
    return fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=None)
def fib_con_cache(n):
    """Fibonacci recursivo con caché: cada fib(k) se calcula una sola vez."""
    if n < 2:
        return n
    # Estas llamadas pasan por la caché, porque el nombre fib_con_cache es
    # ya la función decorada.
    return fib_con_cache(n - 1) + fib_con_cache(n - 2)


valor = fib(N)
llamadas += 1  # y la de fuera
print(f"Sin caché: fib({N}) = {valor} con {llamadas} llamadas")

valor = fib_con_cache(N)
info = fib_con_cache.cache_info()
print(f"Con caché: fib({N}) = {valor} con {info}")
print(f"Sin caché hubo {llamadas // info.misses} veces más llamadas que cálculos con caché")
