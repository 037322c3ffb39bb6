# MAL: lru_cache(maxsize=3), «porque fib solo necesita los dos anteriores». Para
# una sola llamada a fib(25) los aciertos y fallos son los mismos (23 y 26),
# pero la caché se queda con 3 resultados de los 26 que calculó: la próxima
# llamada con otro número tendrá que recalcularlos.
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


@functools.lru_cache(maxsize=3)
def fib_con_cache(n):
    """Fibonacci recursivo con caché: cada fib(k) se calcula una sola vez."""
    if n < 2:
        return n
    # Estas llamadas pasan por la caché, porque el nombre fib_con_cache es
    # ya la función decorada.
    return fib_con_cache(n - 1) + fib_con_cache(n - 2)


valor = fib(N)
print(f"Sin caché: fib({N}) = {valor} con {llamadas} llamadas")

valor = fib_con_cache(N)
info = fib_con_cache.cache_info()
print(f"Con caché: fib({N}) = {valor} con {info}")
print(f"Sin caché hubo {llamadas // info.misses} veces más llamadas que cálculos con caché")
