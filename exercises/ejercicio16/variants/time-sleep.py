# MAL: los consumidores «procesan» con time.sleep. time.sleep bloquea el bucle
# de eventos entero: mientras un consumidor duerme, el otro no puede avanzar, y
# los 6 pedidos tardan 3 s en lugar de 1.5 s.
import asyncio
import time


async def productor(cola):
    for numero in range(1, 7):
        await cola.put(numero)
        print(f"Productor: pedido {numero} en la cola")


async def consumidor(nombre, cola):
    while True:
        pedido = await cola.get()
        time.sleep(0.5)
        print(f"{nombre} procesó el pedido {pedido}")
        cola.task_done()


async def main():
    inicio = time.perf_counter()
    cola = asyncio.Queue()
    consumidores = [asyncio.create_task(consumidor(f"Consumidor {i}", cola)) for i in (1, 2)]
    await productor(cola)
    await cola.join()
    for tarea in consumidores:
        tarea.cancel()
    await asyncio.gather(*consumidores, return_exceptions=True)
    print(f"Todos los pedidos procesados en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
