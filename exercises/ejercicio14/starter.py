# Ejercicio 14: trabajo de CPU en paralelo con procesos.
# Guarda tu programa como ejercicio14.py y compruébalo con: pytutor check ejercicio14
import multiprocessing  # lo necesitarás para el Pool de procesos
import time

LIMITE = 700_000  # contaremos los primos menores que esto
PARTES = 8        # tramos en que se reparte el trabajo
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


def repartir(limite, partes):
    paso = limite // partes
    return [(i * paso, limite if i == partes - 1 else (i + 1) * paso) for i in range(partes)]


def main():
    tramos = repartir(LIMITE, PARTES)

    inicio = time.perf_counter()
    secuencial = sum(contar_primos(tramo) for tramo in tramos)
    t_secuencial = time.perf_counter() - inicio
    print(f"Secuencial: {secuencial} primos en {t_secuencial:.2f} s")

    # TODO: mide lo mismo repartiendo los tramos entre PROCESOS procesos:
    #       with multiprocessing.Pool(PROCESOS) as pool:
    #           paralelo = sum(pool.map(contar_primos, tramos))
    #       e imprime «Paralelo: N primos en T s» con el mismo formato.
    # TODO: imprime la aceleración: t_secuencial / t_paralelo.


# TODO: llama a main() solo desde la guardia if __name__ == "__main__":
#       (los procesos hijos importan este archivo y no deben volver a lanzarlo todo).
main()
