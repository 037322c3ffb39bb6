# BIEN: create_task para las tres consultas (en inglés) y luego await de cada tarea
import asyncio
import time

REQUESTS = [("API 1", 1), ("API 2", 2), ("API 3", 1.5)]


async def consultar(name, seconds):
    print(f"Querying {name}...")
    await asyncio.sleep(seconds)
    print(f"{name} answered after {seconds} s")


async def main():
    start = time.perf_counter()
    tasks = [asyncio.create_task(consultar(name, secs)) for name, secs in REQUESTS]
    for task in tasks:
        await task
    elapsed = time.perf_counter() - start
    print(f"Total time: {elapsed:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
