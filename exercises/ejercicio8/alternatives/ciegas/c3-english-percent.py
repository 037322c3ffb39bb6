# BIEN: English messages, %-formatting, printing hits and misses separately from cache_info()
import functools

llamadas = 0


def fib(n):
    global llamadas
    llamadas += 1
    if n < 2:
        return n
    a = fib(n - 1)
    b = fib(n - 2)
    return a + b


@functools.lru_cache(maxsize=None)
def fib_con_cache(n):
    if n < 2:
        return n
    a = fib_con_cache(n - 1)
    b = fib_con_cache(n - 2)
    return a + b


plain = fib(25)
print("Without cache: fib(25) = %d, calls = %d" % (plain, llamadas))

cached = fib_con_cache(25)
info = fib_con_cache.cache_info()
print("With lru_cache: fib(25) = %d, hits = %d, misses = %d, currsize = %d"
      % (cached, info.hits, info.misses, info.currsize))

ratio = llamadas // info.misses
print("The naive version made %d times more calls than the cached one computed" % ratio)
