# MAL: no calcula nada en paralelo ni lanza procesos. Cuenta los primos una vez
# y se inventa el tiempo «paralelo» como la mitad del secuencial.
import time


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


def main():
    inicio = time.perf_counter()
    total = sum(1 for n in range(700_000) if es_primo(n))
    t_secuencial = time.perf_counter() - inicio
    print(f"Secuencial: {total} primos en {t_secuencial:.2f} s")
    print(f"Paralelo: {total} primos en {t_secuencial / 2:.2f} s")  # inventado
    print("Aceleración: 2.00 veces")


if __name__ == "__main__":
    main()
