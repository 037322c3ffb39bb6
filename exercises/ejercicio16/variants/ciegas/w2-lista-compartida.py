# MAL: usa una lista compartida con pop(0) en lugar de asyncio.Queue
import asyncio
import time


async def consumidor(nombre, pendientes):
    while pendientes:
        pedido = pendientes.pop(0)
        await asyncio.sleep(0.5)
        print(f"{nombre} procesó el pedido {pedido}")


async def main():
    inicio = time.perf_counter()
    pendientes = []
    for pedido in range(1, 7):
        pendientes.append(pedido)
        print(f"Productor: pedido {pedido} en la cola")
    tareas = [
        asyncio.create_task(consumidor("Consumidor 1", pendientes)),
        asyncio.create_task(consumidor("Consumidor 2", pendientes)),
    ]
    await asyncio.gather(*tareas)
    print(f"Todos los pedidos procesados en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
