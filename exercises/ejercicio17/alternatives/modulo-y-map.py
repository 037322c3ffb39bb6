# Alternativa: `import concurrent.futures as cf`, un diccionario futuro → página
# para saber a quién pertenece cada resultado, y pool.map para los cálculos
# (map devuelve los resultados en el orden de entrada; aquí da igual el orden).
import concurrent.futures as cf
import time

PAGES = {"Page 1": 1.5, "Page 2": 0.5, "Page 3": 1.0}


def fetch(name, seconds):
    print(f"Downloading {name}")
    time.sleep(seconds)
    return seconds


def count_primes(limit):
    count = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            count += 1
    return count


def main():
    start = time.perf_counter()
    with cf.ThreadPoolExecutor(max_workers=len(PAGES)) as pool:
        futures = {}
        for name, seconds in PAGES.items():
            futures[pool.submit(fetch, name, seconds)] = name
        for future in cf.as_completed(futures):
            print(f"{futures[future]} downloaded after {future.result()} s")

    limits = [50_000, 100_000, 150_000]
    with cf.ProcessPoolExecutor(max_workers=2) as pool:
        for limit, primes in zip(limits, pool.map(count_primes, limits)):
            print(f"{primes} primes below {limit}")

    print(f"Total time: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
