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


valor = fib(25)
print(f"Sin caché: fib(25) = {valor} con {llamadas} llamadas")

valor_cache = fib_con_cache(25)
info = fib_con_cache.cache_info()
print(f"Con caché: fib(25) = {valor_cache} con {info}")

# hits = las veces que la caché tuvo que responder (los cálculos hechos)
calculos = info.hits
print(f"Sin caché hubo {llamadas // calculos} veces más llamadas que cálculos con caché")
