# BIEN: hilos con as_completed (en inglés) y, para la CPU, ProcessPoolExecutor.map con zip de los límites
import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed


def descargar(page, seconds):
    print(f"Downloading {page}...")
    time.sleep(seconds)
    return page, seconds


def contar_primos(limit):
    count = 0
    for n in range(2, limit):
        if n < 4:
            count += 1
            continue
        if n % 2 == 0:
            continue
        i = 3
        prime = True
        while i * i <= n:
            if n % i == 0:
                prime = False
                break
            i += 2
        if prime:
            count += 1
    return count


def main():
    start = time.perf_counter()
    pages = {"Page 1": 1.5, "Page 2": 0.5, "Page 3": 1.0}
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(descargar, name, secs) for name, secs in pages.items()]
        for fut in as_completed(futures):
            page, secs = fut.result()
            print(f"{page} downloaded in {secs} s")

    limits = [100000, 150000, 50000]
    with ProcessPoolExecutor(max_workers=2) as pool:
        for limit, primes in zip(limits, pool.map(contar_primos, limits)):
            print(f"Primes below {limit}: {primes}")

    print(f"Total time: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
