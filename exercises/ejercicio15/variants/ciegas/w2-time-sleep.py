# MAL: crea las tareas con gather pero espera con time.sleep dentro de la corrutina, que bloquea el bucle (≈4.5 s)
import asyncio
import time


async def consultar(nombre, segundos):
    print(f"Querying {nombre}...")
    time.sleep(segundos)
    print(f"{nombre} answered in {segundos} s")


async def main():
    start = time.perf_counter()
    await asyncio.gather(
        consultar("API 1", 1),
        consultar("API 2", 2),
        consultar("API 3", 1.5),
    )
    print(f"Total: {time.perf_counter() - start:.2f} s")


asyncio.run(main())
