# BIEN: mide con un context manager propio (Cronometro) basado en perf_counter; Pool(2).map; guardia __main__
import time
from multiprocessing import Pool


class Cronometro:
    def __enter__(self):
        self.inicio = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.segundos = time.perf_counter() - self.inicio
        return False


def es_primo(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1 if i == 2 else 2
    return True


def contar_primos(tramo):
    desde, hasta = tramo
    return sum(es_primo(n) for n in range(desde, hasta))


def repartir(total, partes):
    ancho = total // partes
    return [(k * ancho, (k + 1) * ancho) for k in range(partes)]


def main():
    tramos = repartir(700000, 8)

    with Cronometro() as c1:
        primos_sec = sum(contar_primos(t) for t in tramos)
    print("Secuencial: {} primos en {:.2f} s".format(primos_sec, c1.segundos))

    with Cronometro() as c2:
        with Pool(2) as pool:
            primos_par = sum(pool.map(contar_primos, tramos))
    print("Paralelo: {} primos en {:.2f} s".format(primos_par, c2.segundos))

    print("Aceleración: {:.2f} veces".format(c1.segundos / c2.segundos))


if __name__ == "__main__":
    main()
