# MAL: await directo de cada corrutina, una tras otra: no hay tareas y nada se solapa (≈4.5 s)
import asyncio
import time


async def consultar(nombre, segundos):
    print(f"Consultando {nombre}...")
    await asyncio.sleep(segundos)
    print(f"{nombre} respondió en {segundos} s")


async def main():
    inicio = time.perf_counter()
    await consultar("API 1", 1)
    await consultar("API 2", 2)
    await consultar("API 3", 1.5)
    print(f"Todas las consultas terminaron en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
