# BIEN: tres corrutinas lanzadas juntas con asyncio.gather y asyncio.sleep
import asyncio
import time


async def consultar(nombre, segundos):
    print(f"Consultando {nombre}...")
    await asyncio.sleep(segundos)
    print(f"{nombre} respondió en {segundos} s")


async def main():
    inicio = time.perf_counter()
    await asyncio.gather(
        consultar("API 1", 1),
        consultar("API 2", 2),
        consultar("API 3", 1.5),
    )
    total = time.perf_counter() - inicio
    print(f"Todas las consultas terminaron en {total:.2f} s")


asyncio.run(main())
