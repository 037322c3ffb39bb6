# MAL: crea fib_con_cache envolviendo a mano la fib ya escrita (lru_cache(...)(fib)); la recursión interna sigue llamando a fib sin caché
import functools

llamadas = 0


def fib(n):
    global llamadas
    llamadas += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


# la misma función, pero con caché
fib_con_cache = functools.lru_cache(maxsize=None)(fib)

a = fib(25)
print("Without cache: fib(25) = {} with {} calls".format(a, llamadas))
b = fib_con_cache(25)
info = fib_con_cache.cache_info()
print("With cache: fib(25) = {} -> {}".format(b, info))
print("Ratio: {}".format(llamadas // info.misses))
