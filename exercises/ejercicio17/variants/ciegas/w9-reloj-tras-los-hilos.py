import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed

PAGINAS = [("Página 1", 1.5), ("Página 2", 0.5), ("Página 3", 1.0)]
LIMITES = [100000, 150000, 50000]


def contar_primos(limite):
    """Devuelve cuántos primos hay menores que limite."""
    cuenta = 0
    for n in range(2, limite):
        for d in range(2, int(n ** 0.5) + 1):
            if n % d == 0:
                break
        else:
            cuenta += 1
    return cuenta


def descargar(nombre, segundos):
    print(f"Descargando {nombre}...")
    time.sleep(segundos)
    return nombre, segundos


def main():
    with ThreadPoolExecutor(max_workers=3) as hilos:
        futuros = [hilos.submit(descargar, n, s) for n, s in PAGINAS]
        for futuro in as_completed(futuros):
            nombre, s = futuro.result()
            print(f"{nombre} descargada en {s} s")

    inicio = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2) as procesos:
        futuros = {procesos.submit(contar_primos, lim): lim for lim in LIMITES}
        for futuro in as_completed(futuros):
            print(f"Primos menores que {futuros[futuro]}: {futuro.result()}")

    print(f"Todo terminado en {time.perf_counter() - inicio:.2f} s")


if __name__ == "__main__":
    main()
