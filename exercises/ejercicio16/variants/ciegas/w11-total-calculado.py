import asyncio


async def consumidor(nombre, cola):
    while True:
        pedido = await cola.get()
        await asyncio.sleep(0.5)
        print(f"{nombre} procesó el pedido {pedido}")
        cola.task_done()


async def main():
    cola = asyncio.Queue()
    tareas = [
        asyncio.create_task(consumidor("Consumidor 1", cola)),
        asyncio.create_task(consumidor("Consumidor 2", cola)),
    ]
    for pedido in range(1, 7):
        await cola.put(pedido)
        print(f"Productor: pedido {pedido} en la cola")
    await cola.join()
    for t in tareas:
        t.cancel()
    await asyncio.gather(*tareas, return_exceptions=True)
    # 6 pedidos x 0.5 s / 2 consumidores
    print(f"Todos los pedidos procesados en {6 * 0.5 / 2:.2f} s")


asyncio.run(main())
