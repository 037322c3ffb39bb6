# MAL: espera cada corrutina con await, una tras otra. Sin tareas no hay
# concurrencia: la segunda consulta no empieza hasta que acaba la primera y todo
# tarda la suma (1 + 2 + 1.5 = 4.5 s) en lugar de la más larga (≈ 2 s).
import asyncio
import time

CONSULTAS = [("API 1", 1), ("API 2", 2), ("API 3", 1.5)]


async def consultar(nombre, segundos):
    print(f"Consultando {nombre}...")
    await asyncio.sleep(segundos)
    print(f"{nombre} respondió en {segundos} s")


async def main():
    inicio = time.perf_counter()
    for nombre, segundos in CONSULTAS:
        await consultar(nombre, segundos)
    print(f"Todas las consultas terminaron en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
