import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed

PAGINAS = [("Página 1", 1.5), ("Página 2", 0.5), ("Página 3", 1.0)]
LIMITES = [100000, 150000, 50000]


def descargar(nombre, segundos):
    print(f"Descargando {nombre}...")
    time.sleep(segundos)
    return nombre, segundos


def contar_primos(limite):
    """Cuenta los primos menores que limite (división por tentativa)."""
    total = 0
    for n in range(2, limite):
        if n % 2 == 0:
            if n == 2:
                total += 1
            continue
        d = 3
        es_primo = True
        while d * d <= n:
            if n % d == 0:
                es_primo = False
                break
            d += 2
        if es_primo:
            total += 1
    return total


def main():
    inicio = time.perf_counter()

    with ThreadPoolExecutor(max_workers=len(PAGINAS)) as hilos:
        futuros = [hilos.submit(descargar, n, s) for n, s in PAGINAS]
        for f in as_completed(futuros):
            nombre, s = f.result()
            print(f"{nombre} descargada en {s} s")

    # un proceso por límite, así no espera ninguno
    with ProcessPoolExecutor(max_workers=len(LIMITES)) as procesos:
        futuros = {procesos.submit(contar_primos, limite): limite for limite in LIMITES}
        for f in as_completed(futuros):
            print(f"Primos menores que {futuros[f]}: {f.result()}")

    print(f"Todo terminado en {time.perf_counter() - inicio:.2f} s")


if __name__ == "__main__":
    main()
