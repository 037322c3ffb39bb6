# BIEN: gather sobre tareas ya creadas, recoge los resultados devueltos; print con varios argumentos
import asyncio
import time


async def consultar(nombre, segundos):
    print("Consultando", nombre, "...")
    await asyncio.sleep(segundos)
    print(nombre, "respondió en", segundos, "s")
    return segundos


async def main():
    servicios = {"API 1": 1, "API 2": 2, "API 3": 1.5}
    inicio = time.perf_counter()
    tareas = []
    for nombre, espera in servicios.items():
        tareas.append(asyncio.create_task(consultar(nombre, espera)))
    tiempos = await asyncio.gather(*tareas)
    fin = time.perf_counter()
    print("Todas las consultas listas en", round(fin - inicio, 2), "s (la más lenta tardaba", max(tiempos), "s)")


asyncio.run(main())
