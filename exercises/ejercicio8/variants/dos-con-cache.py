# MAL: también la versión «sin caché» lleva lru_cache, así que no hay nada
# que comparar: fib(25) hace solo 26 llamadas en lugar de 242785.
import functools

N = 25
llamadas = 0


@functools.lru_cache(maxsize=None)
def fib(n):
    global llamadas
    llamadas += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=None)
def fib_con_cache(n):
    if n < 2:
        return n
    return fib_con_cache(n - 1) + fib_con_cache(n - 2)


valor = fib(N)
print(f"Sin caché: fib({N}) = {valor} con {llamadas} llamadas")
valor = fib_con_cache(N)
info = fib_con_cache.cache_info()
print(f"Con caché: fib({N}) = {valor} con {info}")
print(f"Sin caché hubo {llamadas // info.misses} veces más llamadas que cálculos con caché")
