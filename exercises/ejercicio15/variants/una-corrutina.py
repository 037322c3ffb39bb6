# MAL: usa asyncio, pero con una sola corrutina que imprime las líneas a mano y
# espera con asyncio.sleep entre ellas. Los textos y los tiempos coinciden, pero
# no hay tres tareas corriendo a la vez: solo está main.
import asyncio
import time


async def main():
    inicio = time.perf_counter()
    for nombre in ("API 1", "API 2", "API 3"):
        print(f"Consultando {nombre}...")
    await asyncio.sleep(1)
    print("API 1 respondió en 1 s")
    await asyncio.sleep(0.5)
    print("API 3 respondió en 1.5 s")
    await asyncio.sleep(0.5)
    print("API 2 respondió en 2 s")
    print(f"Todas las consultas terminaron en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
