# MAL: reparte en dos threading.Thread (hilos, no procesos) para un cálculo de CPU: el GIL impide que calculen a la vez
import threading
import time


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


resultados = []


def trabajar(tramos):
    resultados.append(sum(contar_primos(t) for t in tramos))


def main():
    tramos = [(i * 87500, (i + 1) * 87500) for i in range(8)]

    t0 = time.perf_counter()
    sec = sum(contar_primos(t) for t in tramos)
    t_sec = time.perf_counter() - t0
    print(f"Secuencial: {sec} primos en {t_sec:.2f} s")

    t0 = time.perf_counter()
    hilos = [threading.Thread(target=trabajar, args=(tramos[:4],)),
             threading.Thread(target=trabajar, args=(tramos[4:],))]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    t_par = time.perf_counter() - t0
    print(f"Paralelo: {sum(resultados)} primos en {t_par:.2f} s")
    print(f"Aceleración: {t_sec / t_par:.2f} veces")


if __name__ == "__main__":
    main()
