# BIEN: salida escueta; guarda resultados en un diccionario y usa info._asdict() para mostrar hits/misses
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


res = {"sin": fib(25), "con": fib_con_cache(25)}
info = fib_con_cache.cache_info()
datos = info._asdict()

print("sin cache:", res["sin"], "llamadas=%d" % llamadas)
print("con cache:", res["con"], ", ".join("%s=%s" % (k, v) for k, v in datos.items()))
print("ahorro: x%d" % (llamadas // info.misses))
