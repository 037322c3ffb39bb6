# MAL: crea las tareas pero main no espera a ninguna. main termina enseguida,
# imprime el resumen (≈ 0 s) y asyncio.run cancela las tareas pendientes: las
# consultas nunca llegan a responder.
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
        asyncio.create_task(consultar(nombre, segundos))
    print(f"Todas las consultas terminaron en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
