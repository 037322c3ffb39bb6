# BIEN: cola compartida con un centinela None por consumidor (en inglés); los consumidores salen solos y se esperan con gather
import asyncio
import time

NUM_CONSUMERS = 2


async def consumer(name, queue):
    while True:
        order = await queue.get()
        if order is None:
            queue.task_done()
            break
        await asyncio.sleep(0.5)
        print(f"{name} processed order {order}")
        queue.task_done()


async def main():
    t0 = time.perf_counter()
    queue = asyncio.Queue()
    workers = [asyncio.create_task(consumer(f"Consumer {i}", queue))
               for i in range(1, NUM_CONSUMERS + 1)]
    for order in range(1, 7):
        await queue.put(order)
        print(f"Producer: order {order} queued")
    for _ in workers:
        await queue.put(None)
    await queue.join()
    await asyncio.gather(*workers)
    print(f"All orders processed in {time.perf_counter() - t0:.2f} s")


asyncio.run(main())
