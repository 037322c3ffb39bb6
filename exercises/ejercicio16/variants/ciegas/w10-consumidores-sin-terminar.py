import asyncio
import time


async def consumidor(nombre, cola):
    while True:
        pedido = await cola.get()
        await asyncio.sleep(0.5)
        print(f"{nombre} procesó el pedido {pedido}")
        cola.task_done()


async def main():
    cola = asyncio.Queue()
    inicio = time.perf_counter()
    asyncio.create_task(consumidor("Consumidor 1", cola))
    asyncio.create_task(consumidor("Consumidor 2", cola))
    for pedido in range(1, 7):
        await cola.put(pedido)
        print(f"Productor: pedido {pedido} en la cola")
    await cola.join()
    print(f"Todos los pedidos procesados en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
