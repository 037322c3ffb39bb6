# MAL: no hay guardia if __name__ == "__main__": el trabajo y el Pool están a
# nivel de módulo. En Linux con fork parece funcionar, porque los hijos son una
# copia del padre y no vuelven a leer el archivo; con spawn o forkserver
# (Windows, macOS, Linux desde 3.14) cada hijo importa este archivo, vuelve a
# ejecutarlo entero e intenta crear su propio Pool: el programa falla.
import multiprocessing
import time

LIMITE = 700_000
PARTES = 8
PROCESOS = 2


def es_primo(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    divisor = 3
    while divisor * divisor <= n:
        if n % divisor == 0:
            return False
        divisor += 2
    return True


def contar_primos(tramo):
    desde, hasta = tramo
    return sum(1 for n in range(desde, hasta) if es_primo(n))


paso = LIMITE // PARTES
tramos = [(i * paso, (i + 1) * paso) for i in range(PARTES)]

inicio = time.perf_counter()
secuencial = sum(contar_primos(tramo) for tramo in tramos)
t_secuencial = time.perf_counter() - inicio
print(f"Secuencial: {secuencial} primos en {t_secuencial:.2f} s")

inicio = time.perf_counter()
with multiprocessing.Pool(PROCESOS) as pool:
    paralelo = sum(pool.map(contar_primos, tramos))
t_paralelo = time.perf_counter() - inicio
print(f"Paralelo: {paralelo} primos en {t_paralelo:.2f} s")
print(f"Aceleración: {t_secuencial / t_paralelo:.2f} veces")
