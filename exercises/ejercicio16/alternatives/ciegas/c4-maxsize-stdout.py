# BIEN: cola con maxsize=2 (el productor espera hueco), dos consumidores sobre la misma cola, centinelas; sys.stdout.write
import asyncio
import sys
import time


async def productor(cola, n_consumidores):
    for pedido in range(1, 7):
        await cola.put(pedido)
        sys.stdout.write("Productor: pedido %d en la cola\n" % pedido)
    for _ in range(n_consumidores):
        await cola.put(None)


async def consumidor(nombre, cola):
    while True:
        pedido = await cola.get()
        if pedido is None:
            cola.task_done()
            return
        await asyncio.sleep(0.5)
        sys.stdout.write(nombre + " ha procesado el pedido " + str(pedido) + "\n")
        cola.task_done()


async def main():
    comienzo = time.perf_counter()
    cola = asyncio.Queue(maxsize=2)
    c1 = asyncio.create_task(consumidor("Consumidor 1", cola))
    c2 = asyncio.create_task(consumidor("Consumidor 2", cola))
    await productor(cola, 2)
    await cola.join()
    await c1
    await c2
    sys.stdout.write("Resumen: todo procesado en %.2f s\n" % (time.perf_counter() - comienzo))


asyncio.run(main())
