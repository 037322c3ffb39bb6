# MAL: hace await de cada tarea justo al crearla, así que la siguiente no empieza hasta que acaba la anterior (≈4.5 s)
import asyncio
import time

CONSULTAS = [("API 1", 1), ("API 2", 2), ("API 3", 1.5)]


async def consultar(nombre, segundos):
    print("Consultando", nombre + "...")
    await asyncio.sleep(segundos)
    print(nombre, "respondió en", segundos, "s")


async def main():
    inicio = time.perf_counter()
    for nombre, segundos in CONSULTAS:
        tarea = asyncio.create_task(consultar(nombre, segundos))
        await tarea
    print("Total: %.2f s" % (time.perf_counter() - inicio))


asyncio.run(main())
