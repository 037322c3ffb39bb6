# WRONG: fib_con_cache(25) is called twice (once to print, once to store), so hits=24 instead of 23
import functools

llamadas = 0


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


print(f"Sin caché: fib(25) = {fib(25)} con {llamadas} llamadas")

print(f"Con caché: fib(25) = {fib_con_cache(25)}")
resultado = fib_con_cache(25)
info = fib_con_cache.cache_info()
print(f"Resultado {resultado}, {info}")
print(f"Sin caché hubo {llamadas // info.misses} veces más llamadas que cálculos con caché")
