# BIEN: @functools.lru_cache(None) (maxsize posicional), print con varios argumentos, cache_clear antes de medir
import functools

llamadas = 0


def fib(n):
    global llamadas
    llamadas += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.lru_cache(None)
def fib_con_cache(n):
    return n if n < 2 else fib_con_cache(n - 1) + fib_con_cache(n - 2)


resultado = fib(25)
print("fib(25) sin caché =", resultado, "| llamadas:", llamadas)

fib_con_cache.cache_clear()   # empezamos con la caché vacía
resultado2 = fib_con_cache(25)
info = fib_con_cache.cache_info()
print("fib(25) con caché =", resultado2, "|", info)
print("aciertos:", info.hits, "fallos:", info.misses)
print("Sin caché:", llamadas // info.misses, "veces más llamadas")
