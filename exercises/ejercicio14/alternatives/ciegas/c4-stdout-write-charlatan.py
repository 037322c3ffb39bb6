# BIEN: Pool(2).map con chunksize=1, mensajes extra (núcleos, tramos) y sys.stdout.write; con la guardia __main__
import multiprocessing
import os
import sys
import time


def es_primo(n):
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0:
        return False
    divisor = 3
    while divisor * divisor <= n:
        if n % divisor == 0:
            return False
        divisor += 2
    return True


def contar_primos(tramo):
    desde, hasta = tramo
    cuantos = 0
    for numero in range(desde, hasta):
        if es_primo(numero):
            cuantos += 1
    return cuantos


def main():
    sys.stdout.write("Este ordenador tiene %s núcleos; usaré 2 procesos.\n" % os.cpu_count())
    tope = 700000
    ancho = tope // 8
    tramos = []
    desde = 0
    while desde < tope:
        tramos.append((desde, desde + ancho))
        desde += ancho
    sys.stdout.write("Repartido en %d tramos de %d números.\n" % (len(tramos), ancho))

    inicio = time.perf_counter()
    cuenta = [contar_primos(t) for t in tramos]
    secuencial = time.perf_counter() - inicio
    sys.stdout.write("Secuencial: {} primos en {:.2f} s\n".format(sum(cuenta), secuencial))

    inicio = time.perf_counter()
    with multiprocessing.Pool(2) as pool:
        cuenta = pool.map(contar_primos, tramos, chunksize=1)
    paralelo = time.perf_counter() - inicio
    sys.stdout.write("Paralelo: {} primos en {:.2f} s\n".format(sum(cuenta), paralelo))

    sys.stdout.write("Aceleración: {:.2f} veces. ¡Fin del programa!\n".format(secuencial / paralelo))


if __name__ == "__main__":
    main()
