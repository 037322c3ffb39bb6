# BIEN: versión escueta, cola compartida y dos tareas consumidoras; centinela None para cada una, print con end=""
import asyncio, time


async def worker(n, q):
    while (item := await q.get()) is not None:
        await asyncio.sleep(0.5)
        print("Consumidor", n, end=": ")
        print("pedido", item, "OK")
        q.task_done()
    q.task_done()


async def main():
    t0 = time.perf_counter()
    q = asyncio.Queue()
    ws = [asyncio.create_task(worker(n, q)) for n in (1, 2)]
    for i in range(1, 7):
        q.put_nowait(i)
        print("Productor: pedido", i, "encolado")
    q.put_nowait(None)
    q.put_nowait(None)
    await q.join()
    await asyncio.gather(*ws)
    print("Total: %.2f s" % (time.perf_counter() - t0))


asyncio.run(main())
