# BIEN: from functools import lru_cache, todo dentro de main() con guardia __main__; global llamadas en fib
from functools import lru_cache

llamadas = 0


def fib(n):
    """Fibonacci recursivo sin memoria; cuenta cada llamada."""
    global llamadas
    llamadas = llamadas + 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=None)
def fib_con_cache(n):
    """Fibonacci recursivo memoizado con lru_cache."""
    if n < 2:
        return n
    return fib_con_cache(n - 1) + fib_con_cache(n - 2)


def main():
    N = 25
    sin = fib(N)
    print("Sin caché -> fib({}) = {} ({} llamadas)".format(N, sin, llamadas))

    con = fib_con_cache(N)
    info = fib_con_cache.cache_info()
    print("Con caché -> fib({}) = {} | {}".format(N, con, info))

    veces = llamadas // info.misses
    print("Factor de ahorro: {} veces más llamadas sin caché".format(veces))


if __name__ == "__main__":
    main()
