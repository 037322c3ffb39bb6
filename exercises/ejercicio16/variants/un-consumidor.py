# MAL: un solo consumidor. La cola funciona, pero los pedidos se procesan de uno
# en uno: 6 × 0.5 s = 3 s, el doble que con dos consumidores.
import asyncio
import time


async def productor(cola):
    for numero in range(1, 7):
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
    cola = asyncio.Queue()
    tarea = asyncio.create_task(consumidor("Consumidor 1", cola))
    await productor(cola)
    await cola.join()
    tarea.cancel()
    print(f"Todos los pedidos procesados en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
