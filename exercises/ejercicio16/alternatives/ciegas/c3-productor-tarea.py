# BIEN: productor también como tarea; main espera al productor, luego cola.join(), cancela consumidores; formato con %
import asyncio
import time


async def producir(cola, cuantos):
    for n in range(1, cuantos + 1):
        cola.put_nowait(n)
        print("Productor: pedido %d en la cola" % n)
        await asyncio.sleep(0)


async def atender(quien, cola):
    while True:
        num = await cola.get()
        try:
            await asyncio.sleep(0.5)
            print("%s procesó el pedido %d" % (quien, num))
        finally:
            cola.task_done()


async def main():
    t_inicio = time.perf_counter()
    cola = asyncio.Queue()
    trabajadores = []
    for i in (1, 2):
        trabajadores.append(asyncio.create_task(atender("Consumidor %d" % i, cola)))
    prod = asyncio.create_task(producir(cola, 6))
    await prod
    await cola.join()
    for t in trabajadores:
        t.cancel()
    await asyncio.gather(*trabajadores, return_exceptions=True)
    print("Todos los pedidos procesados en %.2f s" % (time.perf_counter() - t_inicio))


asyncio.run(main())
