# Ejercicio 17: hilos para esperar, procesos para calcular (concurrent.futures).
# Guarda tu programa como ejercicio17.py y compruébalo con: pytutor check ejercicio17
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed  # noqa: F401

PAGINAS = [("Página 1", 1.5), ("Página 2", 0.5), ("Página 3", 1.0)]
LIMITES = [100_000, 150_000, 50_000]


def descargar(nombre, segundos):
    print(f"Descargando {nombre}...")
    # TODO: simula la espera de la red con time.sleep(segundos).
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

    # TODO: envía cada descarga a un ThreadPoolExecutor(max_workers=3) con
    # submit(descargar, nombre, segundos) y recorre los futuros con
    # as_completed(...) para imprimir cada página en cuanto termine.
    # Por ahora se descargan aquí, una tras otra:
    for nombre, segundos in PAGINAS:
        nombre, segundos = descargar(nombre, segundos)
        print(f"{nombre} descargada en {segundos} s")

    # TODO: cuenta los primos de cada límite en un ProcessPoolExecutor(max_workers=2)
    # (submit + as_completed, o map) en lugar de hacerlo en este proceso.
    for limite in LIMITES:
        limite, cuantos = contar_primos(limite)
        print(f"Primos menores que {limite}: {cuantos}")

    print(f"Todo terminado en {time.perf_counter() - inicio:.2f} s")


# Con procesos, esta guarda es imprescindible: no la quites.
if __name__ == "__main__":
    main()
