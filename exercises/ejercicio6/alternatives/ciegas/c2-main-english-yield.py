# BIEN: main() en inglés; lista con list(range(n)), generador con función yield auxiliar; helper de medida
import tracemalloc


def suma_con_lista(n):
    values = list(range(n))
    return sum(values)


def _count_up_to(n):
    i = 0
    while i < n:
        yield i
        i += 1


def suma_con_generador(n):
    return sum(_count_up_to(n))


def measure_peak(func, n):
    tracemalloc.start()
    try:
        result = func(n)
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def main():
    n = 10 ** 6
    list_sum, list_peak = measure_peak(suma_con_lista, n)
    gen_sum, gen_peak = measure_peak(suma_con_generador, n)

    print("Sum using a list:", list_sum)
    print("Sum using a generator:", gen_sum)
    print("Peak memory (list):", list_peak, "bytes")
    print("Peak memory (generator):", gen_peak, "bytes")
    print("Ratio list/generator: about %d times" % (list_peak // gen_peak))


if __name__ == "__main__":
    main()
