# MAL: dos colas separadas con reparto fijo (impares a una, pares a otra) en vez de una sola cola compartida
import asyncio
import time


async def consumidor(nombre, cola):
    while True:
        pedido = await cola.get()
        await asyncio.sleep(0.5)
        print(f"{nombre} procesó el pedido {pedido}")
        cola.task_done()


async def main():
    inicio = time.perf_counter()
    cola1 = asyncio.Queue()
    cola2 = asyncio.Queue()
    tareas = [
        asyncio.create_task(consumidor("Consumidor 1", cola1)),
        asyncio.create_task(consumidor("Consumidor 2", cola2)),
    ]
    for pedido in range(1, 7):
        if pedido % 2 == 1:
            await cola1.put(pedido)
        else:
            await cola2.put(pedido)
        print(f"Productor: pedido {pedido} en la cola")
    await cola1.join()
    await cola2.join()
    for t in tareas:
        t.cancel()
    await asyncio.gather(*tareas, return_exceptions=True)
    print(f"Todos los pedidos procesados en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
