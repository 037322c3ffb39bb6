# MAL: trampa: una sola corrutina imprime los mensajes en el orden esperado durmiendo las diferencias; no hay tareas concurrentes
import asyncio
import time


async def main():
    inicio = time.perf_counter()
    for n in (1, 2, 3):
        print(f"Consultando API {n}...")
    await asyncio.sleep(1)
    print("API 1 respondió en 1 s")
    await asyncio.sleep(0.5)
    print("API 3 respondió en 1.5 s")
    await asyncio.sleep(0.5)
    print("API 2 respondió en 2 s")
    print(f"Todas las consultas terminaron en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
