# MAL: trampa: sin ejecutores; imprime los anuncios en el orden esperado durmiendo las diferencias y calcula los primos en el propio proceso
import time

def contar_primos(limite):
    total = 0
    for n in range(2, limite):
        es_primo = True
        for d in range(2, int(n ** 0.5) + 1):
            if n % d == 0:
                es_primo = False
                break
        if es_primo:
            total += 1
    return total


def main():
    inicio = time.perf_counter()
    for i in (1, 2, 3):
        print(f"Descargando Página {i}...")
    time.sleep(0.5)
    print("Página 2 descargada en 0.5 s")
    time.sleep(0.5)
    print("Página 3 descargada en 1.0 s")
    time.sleep(0.5)
    print("Página 1 descargada en 1.5 s")
    for lim in (100000, 150000, 50000):
        print(f"Primos menores que {lim}: {contar_primos(lim)}")
    print(f"Todo terminado en {time.perf_counter() - inicio:.2f} s")


if __name__ == "__main__":
    main()
