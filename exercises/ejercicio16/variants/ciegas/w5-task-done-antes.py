# MAL: task_done() se llama nada más sacar el pedido, antes de procesarlo: join() vuelve antes de tiempo y se cancelan pedidos a medias
import asyncio
import time


async def consumidor(nombre, cola):
    while True:
        pedido = await cola.get()
        cola.task_done()
        await asyncio.sleep(0.5)
        print(f"{nombre} procesó el pedido {pedido}")


async def main():
    inicio = time.perf_counter()
    cola = asyncio.Queue()
    tareas = [asyncio.create_task(consumidor(f"Consumidor {i}", cola)) for i in (1, 2)]
    for pedido in range(1, 7):
        await cola.put(pedido)
        print(f"Productor: pedido {pedido} en la cola")
    await cola.join()
    for t in tareas:
        t.cancel()
    await asyncio.gather(*tareas, return_exceptions=True)
    print(f"Todos los pedidos procesados en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
