# Alternativa: dos multiprocessing.Process a mano, que devuelven su cuenta por una Queue.
import multiprocessing as mp
import time

LIMITE = 700_000
PARTES = 8


def es_primo(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def contar_primos(tramo):
    desde, hasta = tramo
    return sum(1 for n in range(desde, hasta) if es_primo(n))


def trabajador(tramos, cola):
    cola.put(sum(contar_primos(t) for t in tramos))


def main():
    paso = LIMITE // PARTES
    tramos = [(i * paso, (i + 1) * paso) for i in range(PARTES)]

    t0 = time.perf_counter()
    total = sum(contar_primos(t) for t in tramos)
    t_sec = time.perf_counter() - t0
    print(f"Sequential: {total} primes in {t_sec:.2f} s")

    t0 = time.perf_counter()
    cola = mp.Queue()
    # Tramos alternos (0, 2, 4, 6 y 1, 3, 5, 7): cada proceso recibe trabajo parecido.
    procesos = [mp.Process(target=trabajador, args=(tramos[k::2], cola)) for k in range(2)]
    for p in procesos:
        p.start()
    total = sum(cola.get() for _ in procesos)  # leer antes del join: la cola no se atasca
    for p in procesos:
        p.join()
    t_par = time.perf_counter() - t0
    print(f"Parallel: {total} primes in {t_par:.2f} s")
    print(f"Speed-up: {t_sec / t_par:.2f}x")


if __name__ == "__main__":
    main()
