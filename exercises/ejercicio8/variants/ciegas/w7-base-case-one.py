# WRONG: base case returns 1 instead of n (fib(0) == 1), so fib(25) gives 121393 instead of 75025
import functools

llamadas = 0


def fib(n):
    global llamadas
    llamadas += 1
    if n < 2:
        return 1
    return fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=None)
def fib_con_cache(n):
    if n < 2:
        return 1
    return fib_con_cache(n - 1) + fib_con_cache(n - 2)


resultado = fib(25)
print(f"Sin caché: fib(25) = {resultado} con {llamadas} llamadas")
resultado_cache = fib_con_cache(25)
info = fib_con_cache.cache_info()
print(f"Con caché: fib(25) = {resultado_cache} con {info}")
print(f"Sin caché hubo {llamadas // info.misses} veces más llamadas que cálculos con caché")
