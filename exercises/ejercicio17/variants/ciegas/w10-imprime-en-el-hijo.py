import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed

PAGINAS = [("Página 1", 1.5), ("Página 2", 0.5), ("Página 3", 1.0)]
LIMITES = [100000, 150000, 50000]


def contar_primos(limite):
    cuenta = 0
    for n in range(2, limite):
        for d in range(2, int(n ** 0.5) + 1):
            if n % d == 0:
                break
        else:
            cuenta += 1
    return cuenta


def descargar(nombre, segundos):
    print(f"Descargando {nombre}...\n", end="")  # una sola escritura por línea
    time.sleep(segundos)
    return nombre, segundos


def contar_y_mostrar(limite):
    # cada proceso cuenta y enseña su resultado
    print(f"Primos menores que {limite}: {contar_primos(limite)}")


def main():
    inicio = time.perf_counter()

    with ThreadPoolExecutor(max_workers=3) as hilos:
        futuros = [hilos.submit(descargar, nombre, s) for nombre, s in PAGINAS]
        for futuro in as_completed(futuros):
            nombre, s = futuro.result()
            print(f"{nombre} descargada en {s} s")

    with ProcessPoolExecutor(max_workers=2) as procesos:
        futuros = [procesos.submit(contar_y_mostrar, limite) for limite in LIMITES]
        for futuro in as_completed(futuros):
            futuro.result()  # espero a que cada proceso termine su cuenta

    print(f"Todo terminado en {time.perf_counter() - inicio:.2f} s")


if __name__ == "__main__":
    main()
