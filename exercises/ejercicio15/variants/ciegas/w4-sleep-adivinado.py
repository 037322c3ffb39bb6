# MAL: main crea las tareas pero nunca las espera; duerme un tiempo adivinado (2.1 s) y confía en que hayan acabado
import asyncio
import time


async def consultar(nombre, segundos):
    print(f"Consultando {nombre}...")
    await asyncio.sleep(segundos)
    print(f"{nombre} respondió en {segundos} s")


async def main():
    inicio = time.perf_counter()
    asyncio.create_task(consultar("API 1", 1))
    asyncio.create_task(consultar("API 2", 2))
    asyncio.create_task(consultar("API 3", 1.5))
    await asyncio.sleep(2.1)  # a estas alturas ya habrán terminado todas
    print(f"Todas las consultas terminaron en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
