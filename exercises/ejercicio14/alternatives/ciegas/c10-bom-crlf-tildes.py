# Trabajo de CPU en paralelo con procesos (a partir del ejemplo de procesos del capítulo)
import multiprocessing
import time

LÍMITE = 700_000
NÚMERO_DE_TRAMOS = 8


def es_primo(n):
	"""Devuelve True si n es primo (división por tentativa hasta la raíz)."""
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
	"""Cuenta los primos de range(desde, hasta)."""
	desde, hasta = tramo
	cuántos = 0
	for n in range(desde, hasta):
		if es_primo(n):
			cuántos += 1
	return cuántos


def main():
	tamaño = LÍMITE // NÚMERO_DE_TRAMOS  # 87 500 números por tramo
	tramos = [(i * tamaño, (i + 1) * tamaño) for i in range(NÚMERO_DE_TRAMOS)]

	# 1) Secuencial: un tramo tras otro en este mismo proceso
	inicio = time.perf_counter()
	total_secuencial = sum(contar_primos(t) for t in tramos)
	t_secuencial = time.perf_counter() - inicio
	print(f"Secuencial: {total_secuencial} primos en {t_secuencial:.2f} s")

	# 2) Paralelo: dos procesos trabajadores se reparten los tramos
	inicio = time.perf_counter()
	with multiprocessing.Pool(2) as pool:
		resultados = pool.map(contar_primos, tramos)
	total_paralelo = sum(resultados)
	t_paralelo = time.perf_counter() - inicio
	print(f"Paralelo: {total_paralelo} primos en {t_paralelo:.2f} s")

	print(f"Aceleración: {t_secuencial / t_paralelo:.2f} veces")


# Imprescindible en Windows y macOS: los hijos importan este archivo
if __name__ == "__main__":
	main()
