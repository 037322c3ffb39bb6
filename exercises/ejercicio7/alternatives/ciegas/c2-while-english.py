# BIEN: numeros con un while y contador, mensajes en inglés, main(), tubería nueva para la suma
import itertools


def numeros(n):
    current = 1
    while current <= n:
        yield current
        current += 1


def cuadrados(iterable):
    for value in iterable:
        yield value ** 2


def solo_pares(iterable):
    for value in iterable:
        if value % 2 == 0:
            yield value


def main():
    limit = 1_000_000
    first_five = list(itertools.islice(solo_pares(cuadrados(numeros(limit))), 5))
    print("First even squares:", first_five)
    fresh_pipeline = solo_pares(cuadrados(numeros(limit)))
    print("Sum of even squares from 1 to", limit, "=", sum(fresh_pipeline))


if __name__ == "__main__":
    main()
