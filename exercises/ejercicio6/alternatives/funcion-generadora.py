# Alternative: a generator function with yield, list(range(n)) for the list, English
# wording, and the peaks measured with tracemalloc started and stopped around each call.
import tracemalloc


def numeros(n):
    for i in range(n):
        yield i


def suma_con_lista(n):
    todos = list(range(n))
    return sum(todos)


def suma_con_generador(n):
    return sum(numeros(n))


def measure(func, n):
    tracemalloc.start()
    total = func(n)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return total, peak


if __name__ == "__main__":
    n = 1_000_000
    total_list, peak_list = measure(suma_con_lista, n)
    total_gen, peak_gen = measure(suma_con_generador, n)
    print(f"Sum using a list = {total_list}")
    print(f"Sum using a generator = {total_gen}")
    print(f"Peak memory, list: {peak_list} bytes")
    print(f"Peak memory, generator: {peak_gen} bytes")
