# MAL: usa threading.Thread con time.sleep en lugar de corrutinas y tareas de asyncio
import threading
import time


def consultar(nombre, segundos):
    print(f"Consultando {nombre}...")
    time.sleep(segundos)
    print(f"{nombre} respondió en {segundos} s")


def main():
    inicio = time.perf_counter()
    hilos = [threading.Thread(target=consultar, args=(n, s))
             for n, s in [("API 1", 1), ("API 2", 2), ("API 3", 1.5)]]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    print(f"Todas las consultas terminaron en {time.perf_counter() - inicio:.2f} s")


main()
