# MAL: el consumidor procesa con time.sleep(0.5), que bloquea el bucle: los consumidores no se solapan (≈3 s)
import asyncio
import time


async def consumer(name, queue):
    while True:
        order = await queue.get()
        time.sleep(0.5)
        print(f"{name} processed order {order}")
        queue.task_done()


async def main():
    start = time.perf_counter()
    queue = asyncio.Queue()
    workers = [asyncio.create_task(consumer(f"Consumer {i}", queue)) for i in (1, 2)]
    for order in range(1, 7):
        await queue.put(order)
        print(f"Producer: order {order} queued")
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(f"All orders processed in {time.perf_counter() - start:.2f} s")


asyncio.run(main())
