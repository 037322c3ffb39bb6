# MAL: usa un ThreadPoolExecutor también para contar primos. Es trabajo de CPU:
# por el GIL, los hilos de CPython se turnan y no calculan en paralelo. Para eso
# están los procesos (ProcessPoolExecutor).
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

PAGINAS = [("Página 1", 1.5), ("Página 2", 0.5), ("Página 3", 1.0)]
LIMITES = [100_000, 150_000, 50_000]


def descargar(nombre, segundos):
    print(f"Descargando {nombre}...")
    time.sleep(segundos)
    return nombre, segundos


def es_primo(n):
    if n < 2:
        return False
    divisor = 2
    while divisor * divisor <= n:
        if n % divisor == 0:
            return False
        divisor += 1
    return True


def contar_primos(limite):
    return limite, sum(1 for n in range(limite) if es_primo(n))


def main():
    inicio = time.perf_counter()
    with ThreadPoolExecutor(max_workers=3) as hilos:
        futuros = [hilos.submit(descargar, nombre, segundos) for nombre, segundos in PAGINAS]
        for futuro in as_completed(futuros):
            nombre, segundos = futuro.result()
            print(f"{nombre} descargada en {segundos} s")
    with ThreadPoolExecutor(max_workers=2) as calculo:
        futuros = [calculo.submit(contar_primos, limite) for limite in LIMITES]
        for futuro in as_completed(futuros):
            limite, cuantos = futuro.result()
            print(f"Primos menores que {limite}: {cuantos}")
    print(f"Todo terminado en {time.perf_counter() - inicio:.2f} s")


if __name__ == "__main__":
    main()
