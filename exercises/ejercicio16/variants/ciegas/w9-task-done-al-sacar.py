import asyncio
import time


async def consumidor(nombre, cola):
    while True:
        pedido = await cola.get()
        cola.task_done()  # ya lo he sacado de la cola
        if pedido is None:
            break
        await asyncio.sleep(0.5)
        print(f"{nombre} procesó el pedido {pedido}")


async def main():
    cola = asyncio.Queue()
    inicio = time.perf_counter()
    tareas = [
        asyncio.create_task(consumidor("Consumidor 1", cola)),
        asyncio.create_task(consumidor("Consumidor 2", cola)),
    ]
    for pedido in range(1, 7):
        await cola.put(pedido)
        print(f"Productor: pedido {pedido} en la cola")
    await cola.put(None)
    await cola.put(None)
    await cola.join()
    await asyncio.gather(*tareas)
    print(f"Todos los pedidos procesados en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
