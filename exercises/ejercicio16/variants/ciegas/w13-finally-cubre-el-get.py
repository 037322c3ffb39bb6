import asyncio
import time


async def consumidor(nombre, cola):
    while True:
        try:
            pedido = await cola.get()
            await asyncio.sleep(0.5)
            print(f"{nombre} procesó el pedido {pedido}")
        finally:
            # "así join() nunca se queda colgado aunque algo falle"
            cola.task_done()


async def productor(cola):
    for pedido in range(1, 7):
        await cola.put(pedido)
        print(f"Productor: pedido {pedido} en la cola")


async def main():
    inicio = time.perf_counter()
    cola = asyncio.Queue()
    tareas = [
        asyncio.create_task(consumidor("Consumidor 1", cola)),
        asyncio.create_task(consumidor("Consumidor 2", cola)),
    ]
    await productor(cola)
    await cola.join()
    for tarea in tareas:
        tarea.cancel()
    await asyncio.gather(*tareas, return_exceptions=True)
    print(f"Todos los pedidos procesados en {time.perf_counter() - inicio:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
