# BIEN: Pool(2) desde un contexto "spawn" explícito (portable como en Windows/macOS); pool.map; guardia __main__
import multiprocessing as mp
import time


def es_primo(n):
    if n in (2, 3):
        return True
    if n < 2 or n % 2 == 0:
        return False
    return all(n % k for k in range(3, int(n ** 0.5) + 1, 2))


def contar_primos(tramo):
    return sum(map(es_primo, range(tramo[0], tramo[1])))


def main():
    limite, partes = 700000, 8
    largo = limite // partes
    tramos = [(p * largo, p * largo + largo) for p in range(partes)]

    ini = time.perf_counter()
    sec = sum(contar_primos(t) for t in tramos)
    t_sec = time.perf_counter() - ini
    print(f"Secuencial: {sec} primos en {t_sec:.2f} s")

    ctx = mp.get_context("spawn")
    ini = time.perf_counter()
    with ctx.Pool(2) as pool:
        par = sum(pool.map(contar_primos, tramos))
    t_par = time.perf_counter() - ini
    print(f"Paralelo: {par} primos en {t_par:.2f} s")
    print(f"Aceleración: {t_sec / t_par:.2f} veces")


if __name__ == "__main__":
    main()
