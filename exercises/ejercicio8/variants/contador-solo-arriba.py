# MAL: el contador se incrementa una sola vez, fuera de fib, en lugar de en
# cada llamada (también en las recursivas). Dice «1 llamada» cuando fib(25)
# se llama 242785 veces.
import functools

N = 25
llamadas = 0


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=None)
def fib_con_cache(n):
    if n < 2:
        return n
    return fib_con_cache(n - 1) + fib_con_cache(n - 2)


llamadas += 1
valor = fib(N)
print(f"Sin caché: fib({N}) = {valor} con {llamadas} llamadas")
valor = fib_con_cache(N)
info = fib_con_cache.cache_info()
print(f"Con caché: fib({N}) = {valor} con {info}")
print(f"Sin caché hubo {llamadas // info.misses} veces más llamadas que cálculos con caché")
