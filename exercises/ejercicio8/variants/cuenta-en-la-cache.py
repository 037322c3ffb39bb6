# MAL: fib_con_cache también suma 1 a llamadas. El programa guarda el contador
# antes de llamarla, así que la salida es la misma, pero la función memorizada
# tiene un efecto que solo ocurre cuando la caché falla (el enunciado la pide
# sin contador).
import functools

N = 25
llamadas = 0  # cuántas veces se ha llamado a fib (la versión sin caché)


def fib(n):
    """Fibonacci recursivo, sin caché: recalcula lo mismo una y otra vez."""
    global llamadas  # sin global, llamadas += 1 crearía una variable local
    llamadas += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=None)
def fib_con_cache(n):
    """Fibonacci recursivo con caché: cada fib(k) se calcula una sola vez."""
    global llamadas  # también cuento aquí, para comparar
    llamadas += 1
    if n < 2:
        return n
    # Estas llamadas pasan por la caché, porque el nombre fib_con_cache es
    # ya la función decorada.
    return fib_con_cache(n - 1) + fib_con_cache(n - 2)


valor = fib(N)
sin_cache = llamadas
print(f"Sin caché: fib({N}) = {valor} con {sin_cache} llamadas")

valor = fib_con_cache(N)
info = fib_con_cache.cache_info()
print(f"Con caché: fib({N}) = {valor} con {info}")
print(f"Sin caché hubo {sin_cache // info.misses} veces más llamadas que cálculos con caché")
