# MAL: lru_cache(maxsize=0) no guarda nada: es una caché de tamaño cero.
# Cada llamada es un fallo (misses), así que con «caché» se hacen las mismas
# 242785 llamadas que sin ella.
import functools

N = 25
llamadas = 0


def fib(n):
    global llamadas
    llamadas += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=0)
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
