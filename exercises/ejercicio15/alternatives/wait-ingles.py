# Alternativa: asyncio.wait sobre tareas creadas con create_task, y las líneas
# en inglés.
import asyncio
import time

SERVICES = {"API 1": 1, "API 2": 2, "API 3": 1.5}


async def fetch(name, seconds):
    print(f"Querying {name}")
    await asyncio.sleep(seconds)
    print(f"{name} answered after {seconds} s")


async def main():
    start = time.perf_counter()
    tasks = [asyncio.create_task(fetch(name, seconds)) for name, seconds in SERVICES.items()]
    await asyncio.wait(tasks)
    print(f"All queries done in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
