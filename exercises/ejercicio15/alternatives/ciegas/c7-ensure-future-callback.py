# BIEN: tareas con asyncio.ensure_future, callback add_done_callback para anotar, y gather para esperarlas
import asyncio
import time

acabadas = []


def anotar(tarea):
    acabadas.append(tarea.result())


async def consultar(nombre, segundos):
    print(f"Lanzando petición a {nombre}…")
    await asyncio.sleep(segundos)
    print(f"Respuesta recibida de {nombre} ({segundos} s)")
    return nombre


async def main():
    inicio = time.perf_counter()
    plan = [("API 1", 1), ("API 2", 2), ("API 3", 1.5)]
    tareas = []
    for nombre, seg in plan:
        t = asyncio.ensure_future(consultar(nombre, seg))
        t.add_done_callback(anotar)
        tareas.append(t)
    await asyncio.gather(*tareas)
    duracion = time.perf_counter() - inicio
    print(f"Todas las peticiones completadas en {duracion:.2f} segundos")


asyncio.run(main())
