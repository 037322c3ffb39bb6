# MAL: hilos y procesos intercambiados: descargas en ProcessPoolExecutor y primos en ThreadPoolExecutor
import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed


def descargar(nombre, segundos):
    print("Descargando %s..." % nombre, flush=True)
    time.sleep(segundos)
    return nombre, segundos


def contar_primos(limite):
    total = 0
    for n in range(2, limite):
        es_primo = True
        for d in range(2, int(n ** 0.5) + 1):
            if n % d == 0:
                es_primo = False
                break
        if es_primo:
            total += 1
    return total


def main():
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=3) as ex:
        fs = [ex.submit(descargar, n, s) for n, s in (("Página 1", 1.5), ("Página 2", 0.5), ("Página 3", 1.0))]
        for f in as_completed(fs):
            n, s = f.result()
            print("%s descargada en %s s" % (n, s))
    with ThreadPoolExecutor(max_workers=2) as ex:
        fs = {ex.submit(contar_primos, lim): lim for lim in (100000, 150000, 50000)}
        for f in as_completed(fs):
            print("Primos menores que %d: %d" % (fs[f], f.result()))
    print("Todo terminado en %.2f s" % (time.perf_counter() - t0))


if __name__ == "__main__":
    main()
