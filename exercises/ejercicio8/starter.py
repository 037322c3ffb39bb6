# Ejercicio 8: fibonacci con y sin functools.lru_cache.
# Guarda tu programa como ejercicio8.py y compruébalo con: pytutor check ejercicio8
import functools  # lo necesitarás para lru_cache

N = 25
llamadas = 0  # cuántas veces se ha llamado a fib (la versión sin caché)


def fib(n):
    """Fibonacci recursivo, sin caché."""
    # TODO: declara llamadas como global y súmale 1 en cada llamada.
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


# TODO: decora esta función con @functools.lru_cache(maxsize=None).
def fib_con_cache(n):
    """Fibonacci recursivo con caché."""
    if n < 2:
        return n
    return fib_con_cache(n - 1) + fib_con_cache(n - 2)


valor = fib(N)
print(f"Sin caché: fib({N}) = {valor} con {llamadas} llamadas")

# TODO: calcula fib_con_cache(N) una sola vez e imprime fib_con_cache.cache_info(), p. ej.
#       f"Con caché: fib({N}) = {valor} con {info}"
# TODO: imprime cuántas veces más llamadas hubo sin caché (llamadas // info.misses).
