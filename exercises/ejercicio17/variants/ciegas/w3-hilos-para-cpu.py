# MAL: los primos (trabajo de CPU) se calculan en un ThreadPoolExecutor: por el GIL no hay paralelismo real
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def descargar(page, seconds):
    print(f"Downloading {page}...")
    time.sleep(seconds)
    return page, seconds


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
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(descargar, p, s) for p, s in [("Page 1", 1.5), ("Page 2", 0.5), ("Page 3", 1.0)]]
        for fut in as_completed(futures):
            page, secs = fut.result()
            print(f"{page} downloaded in {secs} s")

    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {pool.submit(contar_primos, lim): lim for lim in [100000, 150000, 50000]}
        for fut in as_completed(futures):
            print(f"Primes below {futures[fut]}: {fut.result()}")

    print(f"Total time: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
