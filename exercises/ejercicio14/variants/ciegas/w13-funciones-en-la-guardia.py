import multiprocessing
import time

if __name__ == "__main__":

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

    def main():
        tamano = 700000 // 8
        tramos = [(i * tamano, (i + 1) * tamano) for i in range(8)]

        inicio = time.perf_counter()
        total = sum(contar_primos(t) for t in tramos)
        t_seq = time.perf_counter() - inicio
        print(f"Secuencial: {total} primos en {t_seq:.2f} s")

        inicio = time.perf_counter()
        with multiprocessing.Pool(2) as pool:
            total = sum(pool.map(contar_primos, tramos))
        t_par = time.perf_counter() - inicio
        print(f"Paralelo: {total} primos en {t_par:.2f} s")
        print(f"Aceleración: {t_seq / t_par:.2f} veces")

    main()
