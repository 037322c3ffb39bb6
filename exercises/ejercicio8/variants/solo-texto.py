# MAL: imprime la salida esperada sin calcular nada: ni contador, ni caché.
print("Sin caché: fib(25) = 75025 con 242785 llamadas")
print("Con caché: fib(25) = 75025 con CacheInfo(hits=23, misses=26, maxsize=None, currsize=26)")
print("Sin caché hubo 9337 veces más llamadas que cálculos con caché")
