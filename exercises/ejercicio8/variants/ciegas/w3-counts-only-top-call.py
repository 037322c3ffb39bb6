# MAL: el contador se incrementa fuera de fib, una vez por llamada "de fuera"; no cuenta las llamadas recursivas
import functools

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


valor = fib(25)
llamadas += 1          # he llamado a fib una vez
print("Sin caché: fib(25) =", valor, "con", llamadas, "llamadas")

valor2 = fib_con_cache(25)
info = fib_con_cache.cache_info()
print("Con caché: fib(25) =", valor2, "con", info)
print("Sin caché hubo", llamadas // info.misses, "veces más llamadas")
