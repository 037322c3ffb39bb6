from functools import lru_cache

llamadas = 0

def fib(n):
    """Fibonacci recursivo sin memoización; cuenta cada llamada."""
    global llamadas
    llamadas = llamadas + 1
    if n < 2:
        return n
    else:
        return fib(n - 1) + fib(n - 2)

@lru_cache(maxsize=None)
def fib_con_cache(n):
    if n < 2:
        return n
    else:
        return fib_con_cache(n - 1) + fib_con_cache(n - 2)

N = 25

valor = fib(N)
print("Sin cache: fib(%d) = %d (%d llamadas)" % (N, valor, llamadas))

valor2 = fib_con_cache(N)
info = fib_con_cache.cache_info()
print("Con cache: fib(%d) = %d" % (N, valor2))
print("  aciertos (hits): %d" % info.hits)
print("  fallos (misses): %d" % info.misses)
print("  tamaño actual: %d" % info.currsize)

print("Factor: %d veces mas llamadas sin cache" % (llamadas // info.misses))
