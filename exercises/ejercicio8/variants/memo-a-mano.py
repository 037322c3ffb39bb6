# MAL (para este ejercicio): no usa functools.lru_cache. Memoriza con un
# diccionario propio e imita cache_info() con una namedtuple, así que la
# salida y los aciertos/fallos coinciden, pero el ejercicio pide lru_cache.
from collections import namedtuple

N = 25
llamadas = 0
CacheInfo = namedtuple("CacheInfo", "hits misses maxsize currsize")


def fib(n):
    global llamadas
    llamadas += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


_memo = {}
_cuentas = {"hits": 0, "misses": 0}


def fib_con_cache(n):
    if n in _memo:
        _cuentas["hits"] += 1
        return _memo[n]
    _cuentas["misses"] += 1
    _memo[n] = n if n < 2 else fib_con_cache(n - 1) + fib_con_cache(n - 2)
    return _memo[n]


fib_con_cache.cache_info = lambda: CacheInfo(_cuentas["hits"], _cuentas["misses"], None, len(_memo))

valor = fib(N)
print(f"Sin caché: fib({N}) = {valor} con {llamadas} llamadas")
valor = fib_con_cache(N)
info = fib_con_cache.cache_info()
print(f"Con caché: fib({N}) = {valor} con {info}")
print(f"Sin caché hubo {llamadas // info.misses} veces más llamadas que cálculos con caché")
