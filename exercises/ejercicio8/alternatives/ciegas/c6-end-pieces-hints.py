# BIEN: anotaciones de tipo, recursión fib(n-2)+fib(n-1), print por piezas con end="" y sep=""
import functools

llamadas: int = 0
N = 25


def fib(n: int) -> int:
    global llamadas
    llamadas += 1
    if n < 2:
        return n
    return fib(n - 2) + fib(n - 1)


@functools.lru_cache(maxsize=None)
def fib_con_cache(n: int) -> int:
    if n < 2:
        return n
    return fib_con_cache(n - 2) + fib_con_cache(n - 1)


x = fib(N)
print("Versión ingenua: ", end="")
print("fib(", N, ") = ", x, sep="", end="")
print(", total de llamadas: ", llamadas, sep="")

y = fib_con_cache(N)
info = fib_con_cache.cache_info()
print("Versión memoizada: ", end="")
print("fib(", N, ") = ", y, sep="", end="")
print(", estadísticas: ", info, sep="")

print("Conclusión: ", end="")
print(llamadas // info.misses, "veces más trabajo sin caché")
