# MAL: sin hilos: ordena las páginas por duración y las descarga una tras otra para que salgan 2 → 3 → 1 (≈3 s)
import time
from concurrent.futures import ProcessPoolExecutor, as_completed

PAGINAS = [("Página 1", 1.5), ("Página 2", 0.5), ("Página 3", 1.0)]


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
    for n, s in sorted(PAGINAS, key=lambda p: p[1]):
        nombre, seg = descargar(n, s)
        print(f"{nombre} descargada en {seg} s")

    with ProcessPoolExecutor(max_workers=2) as procesos:
        futuros = {procesos.submit(contar_primos, lim): lim for lim in (100000, 150000, 50000)}
        for f in as_completed(futuros):
            print(f"Primos menores que {futuros[f]}: {f.result()}")

    print(f"Todo terminado en {time.perf_counter() - inicio:.2f} s")


if __name__ == "__main__":
    main()
