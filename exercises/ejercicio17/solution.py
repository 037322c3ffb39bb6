# Ejercicio 17: concurrent.futures, hilos para esperar y procesos para calcular.
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed

PAGINAS = [("Página 1", 1.5), ("Página 2", 0.5), ("Página 3", 1.0)]
LIMITES = [100_000, 150_000, 50_000]


def descargar(nombre, segundos):
    # E/S simulada: mientras duerme, el hilo suelta el GIL y los demás siguen.
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
    # Trabajo de CPU puro: en otro proceso no compite por el GIL del principal.
    return limite, sum(1 for n in range(limite) if es_primo(n))


def main():
    inicio = time.perf_counter()

    with ThreadPoolExecutor(max_workers=3) as hilos:
        futuros = [hilos.submit(descargar, nombre, segundos) for nombre, segundos in PAGINAS]
        # as_completed entrega cada futuro en cuanto termina, no en el orden de envío.
        for futuro in as_completed(futuros):
            nombre, segundos = futuro.result()
            print(f"{nombre} descargada en {segundos} s")

    with ProcessPoolExecutor(max_workers=2) as procesos:
        futuros = [procesos.submit(contar_primos, limite) for limite in LIMITES]
        for futuro in as_completed(futuros):
            limite, cuantos = futuro.result()
            print(f"Primos menores que {limite}: {cuantos}")

    print(f"Todo terminado en {time.perf_counter() - inicio:.2f} s")


# Imprescindible con procesos: con spawn o forkserver (Windows, macOS) cada hijo
# importa este módulo, y sin la guarda volvería a lanzar main().
if __name__ == "__main__":
    main()
