# MAL: los consumidores se esperan con await uno detrás de otro: el primero vacía la cola solo y el segundo no hace nada (≈3 s)
import asyncio
import time


async def consumidor(nombre, cola):
    while not cola.empty():
        pedido = await cola.get()
        await asyncio.sleep(0.5)
        print("%s procesó el pedido %d" % (nombre, pedido))
        cola.task_done()


async def main():
    inicio = time.perf_counter()
    cola = asyncio.Queue()
    for pedido in range(1, 7):
        await cola.put(pedido)
        print("Productor: pedido %d en la cola" % pedido)
    await consumidor("Consumidor 1", cola)
    await consumidor("Consumidor 2", cola)
    await cola.join()
    print("Todos los pedidos procesados en %.2f s" % (time.perf_counter() - inicio))


asyncio.run(main())
