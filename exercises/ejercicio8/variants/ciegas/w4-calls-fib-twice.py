# MAL: llama a fib(25) y a fib_con_cache(25) dos veces (una para imprimir, otra para guardar); el contador global acumula y las cifras no corresponden a una llamada
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


print("fib(25) sin caché:", fib(25))
resultado = fib(25)
print("Llamadas sin caché:", llamadas)

print("fib(25) con caché:", fib_con_cache(25))
resultado_cache = fib_con_cache(25)
info = fib_con_cache.cache_info()
print("Info de la caché:", info)
print("Veces más llamadas sin caché:", llamadas // info.misses)
