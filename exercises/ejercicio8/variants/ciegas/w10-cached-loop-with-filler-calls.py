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
    # Sin recursión: bucle. Los aciertos de la caché se fabrican desde fuera.
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


valor = fib(25)
print(f"Sin caché: fib(25) = {valor} con {llamadas} llamadas")
for i in range(25):          # 25 fallos: fib_con_cache(0)..(24)
    fib_con_cache(i)
valor_c = fib_con_cache(25)  # fallo 26
for i in range(23):          # 23 aciertos de relleno
    fib_con_cache(i)
info = fib_con_cache.cache_info()
print(f"Con caché: fib(25) = {valor_c} con {info}")
print(f"Sin caché hubo {llamadas // info.misses} veces más llamadas que cálculos con caché")
