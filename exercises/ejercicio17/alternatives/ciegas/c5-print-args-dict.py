# BIEN: diccionario futuro->página para as_completed con hilos (print protegido con Lock); procesos con as_completed; time.time
import threading
import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed


cerrojo_print = threading.Lock()


def descargar(nombre, segundos):
    with cerrojo_print:
        print("Descargando", nombre, "...")
    time.sleep(segundos)
    return segundos


def contar_primos(n):
    c = 0
    for k in range(2, n):
        for d in range(2, int(k ** 0.5) + 1):
            if k % d == 0:
                break
        else:
            c += 1
    return c


if __name__ == "__main__":
    comienzo = time.time()

    webs = {"Página 1": 1.5, "Página 2": 0.5, "Página 3": 1.0}
    with ThreadPoolExecutor(max_workers=3) as tp:
        futuro_a_pagina = {tp.submit(descargar, p, s): p for p, s in webs.items()}
        for fut in as_completed(futuro_a_pagina):
            print(futuro_a_pagina[fut], "descargada en", fut.result(), "s")

    with ProcessPoolExecutor(max_workers=2) as pp:
        futuro_a_limite = {pp.submit(contar_primos, lim): lim for lim in [100000, 150000, 50000]}
        for fut in as_completed(futuro_a_limite):
            print("Primos menores que", futuro_a_limite[fut], "->", fut.result())

    print("Todo terminado en", round(time.time() - comienzo, 2), "s")
