# MAL: trampa: un único consumidor que alterna el nombre impreso y duerme 0.25 s por pedido para cuadrar el tiempo; no hay dos consumidores
import asyncio
import time


async def consumidor(cola):
    turno = 1
    while True:
        pedido = await cola.get()
        await asyncio.sleep(0.25)
        print(f"Consumidor {turno} procesó el pedido {pedido}")
        turno = 2 if turno == 1 else 1
        cola.task_done()


async def main():
    inicio = time.perf_counter()
    cola = asyncio.Queue()
    tarea = asyncio.create_task(consumidor(cola))
    for pedido in range(1, 7):
        await cola.put(pedido)
        print(f"Productor: pedido {pedido} en la cola")
    await cola.join()
    tarea.cancel()
    await asyncio.gather(tarea, return_exceptions=True)
    print(f"Todos los pedidos procesados en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
