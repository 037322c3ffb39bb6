# MAL: espera a todas las descargas con wait() y después ordena los resultados
# por duración para imprimirlos en el orden «correcto». El orden coincide, pero
# es un orden fabricado: no hay as_completed y todas las líneas salen a la vez,
# a los 1.5 s.
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, wait

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
        wait(futuros)
        for nombre, segundos in sorted((f.result() for f in futuros), key=lambda r: r[1]):
            print(f"{nombre} descargada en {segundos} s")
    with ProcessPoolExecutor(max_workers=2) as procesos:
        for limite, cuantos in procesos.map(contar_primos, LIMITES):
            print(f"Primos menores que {limite}: {cuantos}")
    print(f"Todo terminado en {time.perf_counter() - inicio:.2f} s")


if __name__ == "__main__":
    main()
