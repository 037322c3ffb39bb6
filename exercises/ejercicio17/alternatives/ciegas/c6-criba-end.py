# BIEN: criba de Eratóstenes en contar_primos, procesos con submit y add_done_callback, hilos con as_completed(timeout); print(..., end="")
import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait


def descargar(nombre, segundos):
    print(">> " + nombre + " ...")
    time.sleep(segundos)
    return nombre, segundos


def contar_primos(limite):
    if limite < 3:
        return 0
    es_primo = bytearray([1]) * limite
    es_primo[0] = es_primo[1] = 0
    i = 2
    while i * i < limite:
        if es_primo[i]:
            es_primo[i * i::i] = bytearray(len(range(i * i, limite, i)))
        i += 1
    return sum(es_primo)


def main():
    t = time.perf_counter()
    with ThreadPoolExecutor(max_workers=3) as hilos:
        fs = [hilos.submit(descargar, "Página %d" % i, s)
              for i, s in ((1, 1.5), (2, 0.5), (3, 1.0))]
        for f in as_completed(fs, timeout=10):
            nom, s = f.result()
            print("<< ", end="")
            print(nom, end="")
            print(" OK tras", s, "s")

    def mostrar(lim):
        return lambda fut: print("Primos menores que {}: {}".format(lim, fut.result()))

    with ProcessPoolExecutor(max_workers=2) as procs:
        fs = []
        for lim in (100000, 150000, 50000):
            fut = procs.submit(contar_primos, lim)
            fut.add_done_callback(mostrar(lim))
            fs.append(fut)
        wait(fs)

    print("Todo terminado en ", end="")
    print("%.2f s" % (time.perf_counter() - t))


if __name__ == "__main__":
    main()
