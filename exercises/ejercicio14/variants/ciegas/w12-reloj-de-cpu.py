import multiprocessing
import time


def es_primo(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True


def contar_primos(tramo):
    desde, hasta = tramo
    return sum(1 for n in range(desde, hasta) if es_primo(n))


def medir(func, tramos):
    # process_time: tiempo de CPU, así no cuenta lo que hagan otros programas
    inicio = time.process_time()
    resultado = func(tramos)
    return resultado, time.process_time() - inicio


def recuento_secuencial(tramos):
    return sum(map(contar_primos, tramos))


def recuento_paralelo(tramos):
    with multiprocessing.Pool(2) as pool:
        return sum(pool.map(contar_primos, tramos))


def main():
    tam = 700000 // 8
    tramos = [(k * tam, (k + 1) * tam) for k in range(8)]

    primos, t_sec = medir(recuento_secuencial, tramos)
    print(f"Secuencial: {primos} primos en {t_sec:.2f} s")

    primos, t_par = medir(recuento_paralelo, tramos)
    print(f"Paralelo: {primos} primos en {t_par:.2f} s")

    print(f"Aceleración: {t_sec / max(t_par, 1e-9):.2f} veces")


if __name__ == "__main__":
    main()
