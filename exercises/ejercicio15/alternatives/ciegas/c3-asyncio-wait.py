# BIEN: tareas creadas con create_task y esperadas todas con asyncio.wait, formato con %
import asyncio
import time


async def consultar(nombre, segundos):
    print("Consultando %s..." % nombre)
    await asyncio.sleep(segundos)
    print("%s ha respondido (%s s)" % (nombre, segundos))
    return nombre


async def main():
    t0 = time.perf_counter()
    pendientes = set()
    for n, s in (("API 1", 1), ("API 2", 2), ("API 3", 1.5)):
        pendientes.add(asyncio.create_task(consultar(n, s)))
    hechas, sin_terminar = await asyncio.wait(pendientes)
    print("Resumen: %d consultas listas en %.2f s" % (len(hechas), time.perf_counter() - t0))


asyncio.run(main())
