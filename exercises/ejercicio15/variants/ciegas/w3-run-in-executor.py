# MAL: la espera es time.sleep escondido en run_in_executor: el solape lo hacen hilos del ejecutor, no el bucle en un solo hilo
import asyncio
import time


async def consultar(nombre, segundos):
    print("Consultando %s..." % nombre)
    bucle = asyncio.get_event_loop()
    await bucle.run_in_executor(None, time.sleep, segundos)
    print("%s respondió en %s s" % (nombre, segundos))


async def main():
    inicio = time.perf_counter()
    tareas = [asyncio.create_task(consultar(n, s))
              for n, s in [("API 1", 1), ("API 2", 2), ("API 3", 1.5)]]
    for t in tareas:
        await t
    print("Todas las consultas terminaron en %.2f s" % (time.perf_counter() - inicio))


asyncio.run(main())
