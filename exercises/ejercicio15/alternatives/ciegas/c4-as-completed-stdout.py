# BIEN: tareas recorridas con asyncio.as_completed según van terminando; salida con sys.stdout.write
import asyncio
import sys
import time


async def consultar(nombre, segundos):
    sys.stdout.write("-> pidiendo datos a " + nombre + "\n")
    await asyncio.sleep(segundos)
    sys.stdout.write("<- " + nombre + " contesta tras " + str(segundos) + " s\n")
    return nombre, segundos


async def main():
    comienzo = time.perf_counter()
    tareas = [
        asyncio.create_task(consultar("API 1", 1)),
        asyncio.create_task(consultar("API 2", 2)),
        asyncio.create_task(consultar("API 3", 1.5)),
    ]
    terminadas = 0
    for siguiente in asyncio.as_completed(tareas):
        await siguiente
        terminadas += 1
    sys.stdout.write("Total: %.2f s\n" % (time.perf_counter() - comienzo))


asyncio.run(main())
