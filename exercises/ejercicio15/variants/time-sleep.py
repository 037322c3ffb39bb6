# MAL: crea las tres tareas con gather, pero dentro de la corrutina espera con
# time.sleep. time.sleep no cede el control: bloquea el hilo y con él el bucle de
# eventos entero, así que las tareas se ejecutan una detrás de otra (≈ 4.5 s).
import asyncio
import time

CONSULTAS = [("API 1", 1), ("API 2", 2), ("API 3", 1.5)]


async def consultar(nombre, segundos):
    print(f"Consultando {nombre}...")
    time.sleep(segundos)
    print(f"{nombre} respondió en {segundos} s")


async def main():
    inicio = time.perf_counter()
    await asyncio.gather(*(consultar(nombre, segundos) for nombre, segundos in CONSULTAS))
    print(f"Todas las consultas terminaron en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
