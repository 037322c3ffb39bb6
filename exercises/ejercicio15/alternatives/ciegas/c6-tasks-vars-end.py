# BIEN: tres variables de tarea con create_task, await una a una; mensajes cortos con print(end="")
import asyncio
import time


async def consultar(nombre, segundos):
    print("[", end="")
    print(nombre, end="")
    print("] start")
    await asyncio.sleep(segundos)
    print("[", end="")
    print(nombre, end="")
    print("] ok", segundos, "s")


async def main():
    t_ini = time.perf_counter()
    t1 = asyncio.create_task(consultar("API 1", 1))
    t2 = asyncio.create_task(consultar("API 2", 2))
    t3 = asyncio.create_task(consultar("API 3", 1.5))
    await t1
    await t2
    await t3
    print("Total:", end=" ")
    print("{:.2f} s".format(time.perf_counter() - t_ini))


asyncio.run(main())
