# MAL: usa dos multiprocessing.Process, pero arranca cada uno y lo espera con
# join() antes de arrancar el siguiente. Nunca calculan a la vez: el «paralelo»
# tarda lo mismo que el secuencial (o algo más, por arrancar los procesos).
import multiprocessing
import time

LIMITE = 700_000  # contaremos los primos menores que esto
PARTES = 8        # tramos en que se reparte el trabajo
PROCESOS = 2


def es_primo(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    divisor = 3
    while divisor * divisor <= n:
        if n % divisor == 0:
            return False
        divisor += 2
    return True


def contar_primos(tramo):
    desde, hasta = tramo
    return sum(1 for n in range(desde, hasta) if es_primo(n))


def repartir(limite, partes):
    paso = limite // partes
    return [(i * paso, limite if i == partes - 1 else (i + 1) * paso) for i in range(partes)]


def trabajador(tramos, cola):
    cola.put(sum(contar_primos(t) for t in tramos))


def main():
    tramos = repartir(LIMITE, PARTES)

    inicio = time.perf_counter()
    secuencial = sum(contar_primos(tramo) for tramo in tramos)
    t_secuencial = time.perf_counter() - inicio
    print(f"Secuencial: {secuencial} primos en {t_secuencial:.2f} s")

    inicio = time.perf_counter()
    cola = multiprocessing.Queue()
    paralelo = 0
    for k in range(PROCESOS):
        proceso = multiprocessing.Process(target=trabajador, args=(tramos[k::PROCESOS], cola))
        proceso.start()
        paralelo += cola.get()
        proceso.join()  # espera a este antes de arrancar el siguiente
    t_paralelo = time.perf_counter() - inicio
    print(f"Paralelo: {paralelo} primos en {t_paralelo:.2f} s")

    print(f"Aceleración: {t_secuencial / t_paralelo:.2f} veces")


# Imprescindible con spawn/forkserver (Windows, macOS, Linux desde 3.14): cada
# proceso hijo importa este archivo, y sin la guardia volvería a lanzar todo.
if __name__ == "__main__":
    main()
