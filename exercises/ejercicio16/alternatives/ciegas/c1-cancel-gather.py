# BIEN: una cola compartida, dos consumidores como tareas; join y después cancel + gather(return_exceptions=True)
import asyncio
import time


async def consumidor(nombre, cola):
    while True:
        pedido = await cola.get()
        await asyncio.sleep(0.5)
        print(f"{nombre} procesó el pedido {pedido}")
        cola.task_done()


async def productor(cola):
    for pedido in range(1, 7):
        await cola.put(pedido)
        print(f"Productor: pedido {pedido} en la cola")


async def main():
    inicio = time.perf_counter()
    cola = asyncio.Queue()
    consumidores = [
        asyncio.create_task(consumidor("Consumidor 1", cola)),
        asyncio.create_task(consumidor("Consumidor 2", cola)),
    ]
    await productor(cola)
    await cola.join()
    for c in consumidores:
        c.cancel()
    await asyncio.gather(*consumidores, return_exceptions=True)
    print(f"Todos los pedidos procesados en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
