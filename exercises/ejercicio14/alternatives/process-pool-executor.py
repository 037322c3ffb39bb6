# Alternativa: concurrent.futures.ProcessPoolExecutor y una guardia con la
# comparación al revés ('__main__' == __name__).
import time
from concurrent.futures import ProcessPoolExecutor

LIMITE = 700_000


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


def contar_primos(desde, hasta):
    return sum(1 for n in range(desde, hasta) if es_primo(n))


def medir(nombre, contar):
    inicio = time.perf_counter()
    total = contar()
    segundos = time.perf_counter() - inicio
    print(f"{nombre}: {total} primos en {segundos:.3f} segundos")
    return segundos


def main():
    desdes = list(range(0, LIMITE, LIMITE // 8))
    hastas = desdes[1:] + [LIMITE]
    t_sec = medir("Secuencial", lambda: sum(map(contar_primos, desdes, hastas)))

    def en_procesos():
        with ProcessPoolExecutor(max_workers=2) as pool:
            return sum(pool.map(contar_primos, desdes, hastas))

    t_par = medir("Paralelo", en_procesos)
    print(f"Los procesos tardan un {100 * t_par / t_sec:.0f} % de lo que tarda el secuencial")


if '__main__' == __name__:
    main()
