# MAL: usa lru_cache(maxsize=2) creyendo que basta recordar los dos últimos valores; la caché expulsa resultados que se vuelven a pedir y recalcula miles de veces
import functools

llamadas = 0


def fib(n):
    global llamadas
    llamadas += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


# fibonacci solo necesita los dos anteriores, así que con 2 huecos sobra
@functools.lru_cache(maxsize=2)
def fib_con_cache(n):
    if n < 2:
        return n
    return fib_con_cache(n - 1) + fib_con_cache(n - 2)


v = fib(25)
print(f"Sin caché: fib(25) = {v} con {llamadas} llamadas")
w = fib_con_cache(25)
info = fib_con_cache.cache_info()
print(f"Con caché: fib(25) = {w} con {info}")
print(f"Sin caché hubo {llamadas // info.misses} veces más llamadas")
