# MAL: recorre los futuros de las descargas en orden de envío (result() uno a uno) en vez de as_completed: la Página 1 lenta retiene a las demás
import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed

PAGINAS = [("Página 1", 1.5), ("Página 2", 0.5), ("Página 3", 1.0)]
LIMITES = [100000, 150000, 50000]


def descargar(nombre, segundos):
    print(f"Descargando {nombre}...")
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
    inicio = time.perf_counter()
    with ThreadPoolExecutor(max_workers=3) as hilos:
        futuros = [hilos.submit(descargar, n, s) for n, s in PAGINAS]
        for f in futuros:
            nombre, s = f.result()
            print(f"{nombre} descargada en {s} s")

    with ProcessPoolExecutor(max_workers=2) as procesos:
        futuros = {procesos.submit(contar_primos, lim): lim for lim in LIMITES}
        for f in as_completed(futuros):
            print(f"Primos menores que {futuros[f]}: {f.result()}")

    print(f"Todo terminado en {time.perf_counter() - inicio:.2f} s")


if __name__ == "__main__":
    main()
