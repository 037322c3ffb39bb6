# BIEN: mismo reparto (hilos para E/S con as_completed, procesos para CPU con as_completed); formato con % y funciones separadas
import time
import concurrent.futures as cf


def descargar(nombre, segundos):
    print("Descargando %s..." % nombre)
    time.sleep(segundos)
    return nombre, segundos


def contar_primos(limite):
    return sum(1 for n in range(2, limite)
               if all(n % d for d in range(2, int(n ** 0.5) + 1)))


def cuenta_con_limite(limite):
    return limite, contar_primos(limite)


def fase_descargas():
    trabajos = (("Página 1", 1.5), ("Página 2", 0.5), ("Página 3", 1.0))
    with cf.ThreadPoolExecutor(max_workers=3) as ex:
        pendientes = [ex.submit(descargar, *t) for t in trabajos]
        for hecho in cf.as_completed(pendientes):
            nombre, seg = hecho.result()
            print("%s descargada en %.1f s" % (nombre, seg))


def fase_primos():
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        pendientes = [ex.submit(cuenta_con_limite, lim) for lim in (100000, 150000, 50000)]
        for hecho in cf.as_completed(pendientes):
            lim, cuantos = hecho.result()
            print("Primos menores que %d: %d" % (lim, cuantos))


def main():
    t0 = time.perf_counter()
    fase_descargas()
    fase_primos()
    print("Todo terminado en %.2f s" % (time.perf_counter() - t0))


if __name__ == "__main__":
    main()
