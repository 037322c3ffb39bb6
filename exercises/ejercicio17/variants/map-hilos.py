# MAL: usa pool.map para las descargas. map devuelve los resultados en el orden
# de entrada, así que el bucle se queda esperando a la Página 1 (1.5 s) y las
# tres líneas salen juntas al final, en vez de cada una en cuanto termina.
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed

PAGINAS = [("Página 1", 1.5), ("Página 2", 0.5), ("Página 3", 1.0)]
LIMITES = [100_000, 150_000, 50_000]


def descargar(pagina):
    nombre, segundos = pagina
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
        for nombre, segundos in hilos.map(descargar, PAGINAS):
            print(f"{nombre} descargada en {segundos} s")
    with ProcessPoolExecutor(max_workers=2) as procesos:
        futuros = [procesos.submit(contar_primos, limite) for limite in LIMITES]
        for futuro in as_completed(futuros):
            limite, cuantos = futuro.result()
            print(f"Primos menores que {limite}: {cuantos}")
    print(f"Todo terminado en {time.perf_counter() - inicio:.2f} s")


if __name__ == "__main__":
    main()
