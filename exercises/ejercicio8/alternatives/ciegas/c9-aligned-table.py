import functools

llamadas = 0  # contador global de llamadas a fib


def fib(n):
    global llamadas
    llamadas += 1
    if n < 2:
        return n
    return fib(n - 2) + fib(n - 1)


@functools.lru_cache(maxsize=None)
def fib_con_cache(n):
    if n < 2:
        return n
    return fib_con_cache(n - 2) + fib_con_cache(n - 1)


sin = fib(25)
con = fib_con_cache(25)
info = fib_con_cache.cache_info()

print(f"{'Versión':<12}{'fib(25)':>10}{'llamadas/fallos':>18}{'aciertos':>10}")
print(f"{'sin caché':<12}{sin:>10}{llamadas:>18}{'-':>10}")
print(f"{'con caché':<12}{con:>10}{info.misses:>18}{info.hits:>10}")
print(f"Ahorro: {llamadas // info.misses} veces menos llamadas con lru_cache")
