# Alternativa: aplica lru_cache a mano, sin la sintaxis @. Funciona porque la
# recursión llama a fib_con_cache, que es ya la versión con caché.
import functools

llamadas = 0


def fib(n):
    global llamadas
    llamadas += 1
    if n in (0, 1):
        return n
    return fib(n - 1) + fib(n - 2)


def _fib(n):
    if n in (0, 1):
        return n
    return fib_con_cache(n - 1) + fib_con_cache(n - 2)


fib_con_cache = functools.lru_cache(maxsize=None)(_fib)

resultado = fib(25)
print(f"fib(25) sin caché vale {resultado} y necesitó {llamadas} llamadas")
resultado = fib_con_cache(25)
info = fib_con_cache.cache_info()
print(f"fib(25) con caché vale {resultado}: aciertos={info.hits}, fallos={info.misses}")
print(f"sin caché, {llamadas // info.misses} veces más llamadas que cálculos con caché")
