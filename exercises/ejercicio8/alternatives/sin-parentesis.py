# Alternativa: @lru_cache sin paréntesis (maxsize=128 por defecto, de sobra
# para 26 valores), from-import y la salida en inglés.
from functools import lru_cache

llamadas = 0


def fib(n):
    global llamadas
    llamadas = llamadas + 1
    return n if n <= 1 else fib(n - 2) + fib(n - 1)


@lru_cache
def fib_con_cache(n):
    return n if n <= 1 else fib_con_cache(n - 2) + fib_con_cache(n - 1)


def main():
    plain = fib(25)
    print(f"Without cache: fib(25) = {plain}, {llamadas} calls")
    cached = fib_con_cache(25)
    stats = fib_con_cache.cache_info()
    print(f"With cache: fib(25) = {cached}, hits={stats.hits}, misses={stats.misses}")
    print(f"The cache saved {llamadas - stats.misses} calls: {llamadas // stats.misses} times fewer")


if __name__ == "__main__":
    main()
