# Alternativa: `from concurrent import futures`, una función por parte, un
# ThreadPoolExecutor con el número de hilos por defecto (crea uno por tarea
# pendiente, hasta su máximo) y as_completed también para los cálculos.
import time
from concurrent import futures

PAGINAS = {"Página 1": 1.5, "Página 2": 0.5, "Página 3": 1.0}


def bajar(nombre):
    print(f"Empieza la descarga de la {nombre}")
    time.sleep(PAGINAS[nombre])
    return nombre


def primos_bajo(limite):
    criba = 0
    for n in range(2, limite):
        d = 2
        while d * d <= n and n % d:
            d += 1
        if d * d > n:
            criba += 1
    return criba


def parte_hilos():
    with futures.ThreadPoolExecutor() as ejecutor:
        pendientes = [ejecutor.submit(bajar, nombre) for nombre in PAGINAS]
        for hecho in futures.as_completed(pendientes):
            print(f"Lista la {hecho.result()}")


def parte_procesos():
    with futures.ProcessPoolExecutor(max_workers=2) as ejecutor:
        pendientes = {ejecutor.submit(primos_bajo, n): n for n in (150_000, 100_000, 50_000)}
        for hecho in futures.as_completed(pendientes):
            print(f"Bajo {pendientes[hecho]} hay {hecho.result()} primos")


if __name__ == "__main__":
    t0 = time.perf_counter()
    parte_hilos()
    parte_procesos()
    print(f"Tiempo total: {time.perf_counter() - t0:.2f} s")
