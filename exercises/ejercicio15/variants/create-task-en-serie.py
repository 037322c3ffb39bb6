# MAL: crea tareas, pero espera cada una en la misma vuelta del bucle en que la
# crea («await asyncio.create_task(...)»). Nunca hay dos consultas pendientes a
# la vez: es tan secuencial como no usar tareas (≈ 4.5 s).
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
        await asyncio.create_task(consultar(nombre, segundos))
    print(f"Todas las consultas terminaron en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
