# BIEN: funciones auxiliares para informar, sys.stdout.write, desempaquetado del CacheInfo
import sys
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


def informe_sin_cache(n):
    v = fib(n)
    sys.stdout.write("SIN CACHE  fib(" + str(n) + ") = " + str(v)
                     + "  llamadas = " + str(llamadas) + "\n")


def informe_con_cache(n):
    v = fib_con_cache(n)
    hits, misses, maxsize, currsize = fib_con_cache.cache_info()
    sys.stdout.write("CON CACHE  fib(%d) = %d  hits=%d misses=%d maxsize=%s currsize=%d\n"
                     % (n, v, hits, misses, maxsize, currsize))
    return misses


informe_sin_cache(25)
fallos = informe_con_cache(25)
sys.stdout.write("Relación llamadas/fallos: %d\n" % (llamadas // fallos))
