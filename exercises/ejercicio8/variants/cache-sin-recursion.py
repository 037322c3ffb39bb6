# MAL: pone la caché encima de fib, la versión sin caché. fib_con_cache(25)
# guarda solo el resultado final: por dentro, fib se llama a sí misma (no a
# fib_con_cache), así que la recursión no pasa por la caché y vuelve a
# recalcularlo todo. cache_info() dice misses=1, hits=0.
import functools

N = 25
llamadas = 0


def fib(n):
    global llamadas
    llamadas += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


fib_con_cache = functools.lru_cache(maxsize=None)(fib)

valor = fib(N)
print(f"Sin caché: fib({N}) = {valor} con {llamadas} llamadas")
valor = fib_con_cache(N)
info = fib_con_cache.cache_info()
print(f"Con caché: fib({N}) = {valor} con {info}")
print(f"Sin caché hubo {llamadas // info.misses} veces más llamadas que cálculos con caché")
