import functools

llamadas = 0


def fib(n):
    # Sin recursión: calcula fib(n) con un bucle y suma a llamadas las que
    # habría hecho la versión recursiva (c(n) = c(n-1) + c(n-2) + 1).
    global llamadas
    a, b = 0, 1          # fib(k), fib(k+1)
    ca, cb = 1, 1        # llamadas(k), llamadas(k+1)
    for _ in range(n):
        a, b = b, a + b
        ca, cb = cb, ca + cb + 1
    llamadas += ca
    return a


@functools.lru_cache(maxsize=None)
def fib_con_cache(n):
    if n < 2:
        return n
    return fib_con_cache(n - 1) + fib_con_cache(n - 2)


valor = fib(25)
print(f"Sin caché: fib(25) = {valor} con {llamadas} llamadas")
valor_c = fib_con_cache(25)
info = fib_con_cache.cache_info()
print(f"Con caché: fib(25) = {valor_c} con {info}")
print(f"Sin caché hubo {llamadas // info.misses} veces más llamadas que cálculos con caché")
