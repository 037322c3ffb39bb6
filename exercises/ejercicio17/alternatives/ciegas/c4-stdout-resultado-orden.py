# BIEN: hilos con as_completed; procesos con submit y result() en orden de envío (el orden de los primos es libre); sys.stdout.write
import sys
import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed


def descargar(nombre, segundos):
    sys.stdout.write("Empieza la descarga de " + nombre + "\n")
    sys.stdout.flush()
    time.sleep(segundos)
    return nombre, segundos


def contar_primos(limite):
    primos = 0
    for candidato in range(2, limite):
        divisor = 2
        while divisor * divisor <= candidato:
            if candidato % divisor == 0:
                break
            divisor += 1
        else:
            primos += 1
    return primos


def main():
    reloj = time.perf_counter()
    with ThreadPoolExecutor(max_workers=3) as ejecutor:
        futs = []
        futs.append(ejecutor.submit(descargar, "Página 1", 1.5))
        futs.append(ejecutor.submit(descargar, "Página 2", 0.5))
        futs.append(ejecutor.submit(descargar, "Página 3", 1.0))
        for f in as_completed(futs):
            nombre, seg = f.result()
            sys.stdout.write("Lista " + nombre + " (" + str(seg) + " s)\n")

    with ProcessPoolExecutor(max_workers=2) as ejecutor:
        tareas = [(lim, ejecutor.submit(contar_primos, lim)) for lim in (100000, 150000, 50000)]
        for lim, f in tareas:
            sys.stdout.write("Primos < %d: %d\n" % (lim, f.result()))

    sys.stdout.write("Tiempo total: %.2f s\n" % (time.perf_counter() - reloj))


if __name__ == "__main__":
    main()
