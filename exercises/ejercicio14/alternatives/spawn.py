# Alternativa: fuerza el método «spawn» (el de Windows y macOS). Cada hijo arranca
# un intérprete nuevo e importa este archivo como __mp_main__: aquí la guardia no
# es opcional, sin ella cada hijo volvería a lanzar el Pool.
import multiprocessing
import time

LIMITE = 700_000
PARTES = 8


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


def main():
    paso = LIMITE // PARTES
    tramos = [(i * paso, (i + 1) * paso) for i in range(PARTES)]

    inicio = time.perf_counter()
    secuencial = sum(map(contar_primos, tramos))
    t_secuencial = time.perf_counter() - inicio
    print(f"Secuencial: {secuencial} primos en {t_secuencial:.2f} s")

    contexto = multiprocessing.get_context("spawn")
    inicio = time.perf_counter()
    with contexto.Pool(2) as pool:
        paralelo = sum(pool.imap_unordered(contar_primos, tramos))
    t_paralelo = time.perf_counter() - inicio
    print(f"Paralelo: {paralelo} primos en {t_paralelo:.2f} s (con spawn)")


if __name__ == "__main__":
    main()
