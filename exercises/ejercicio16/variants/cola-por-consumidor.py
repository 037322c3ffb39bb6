# MAL: una cola para cada consumidor, y el productor mete cada pedido en las
# dos. Eso es difundir, no repartir: cada pedido se procesa dos veces (12 líneas
# en lugar de 6) y todo tarda 3 s.
import asyncio
import time


async def productor(colas):
    for numero in range(1, 7):
        for cola in colas:
            await cola.put(numero)
        print(f"Productor: pedido {numero} en la cola")


async def consumidor(nombre, cola):
    while True:
        pedido = await cola.get()
        await asyncio.sleep(0.5)
        print(f"{nombre} procesó el pedido {pedido}")
        cola.task_done()


async def main():
    inicio = time.perf_counter()
    colas = [asyncio.Queue(), asyncio.Queue()]
    consumidores = [asyncio.create_task(consumidor(f"Consumidor {i}", cola)) for i, cola in enumerate(colas, 1)]
    await productor(colas)
    for cola in colas:
        await cola.join()
    for tarea in consumidores:
        tarea.cancel()
    await asyncio.gather(*consumidores, return_exceptions=True)
    print(f"Todos los pedidos procesados en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
