# Alternativa: una cola con límite (maxsize=2) y el productor como tarea; put()
# espera cuando la cola está llena, así que producción y consumo se
# intercalan. Las líneas, en inglés.
import asyncio
import time


async def producer(queue):
    for order in range(1, 7):
        await queue.put(order)  # waits while the queue is full
        print(f"Producer: order {order} queued")


async def consumer(name, queue):
    while True:
        order = await queue.get()
        try:
            await asyncio.sleep(0.5)
            print(f"{name} processed order {order}")
        finally:
            queue.task_done()


async def main():
    start = time.perf_counter()
    queue = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(consumer(f"Consumer {n}", queue)) for n in (1, 2)]
    await asyncio.create_task(producer(queue))
    await queue.join()
    for worker in workers:
        worker.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(f"All orders processed in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
