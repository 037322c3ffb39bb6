# MAL: usa asyncio (un solo hilo, asyncio.sleep) en vez de un threading.Thread por archivo con time.sleep
import asyncio
import time


async def descargar(nombre, segundos):
    print(f"Iniciando descarga de {nombre}")
    await asyncio.sleep(segundos)
    print(f"{nombre} descargado en {segundos} segundos")


async def main():
    inicio = time.perf_counter()
    await asyncio.gather(
        descargar("Archivo 1", 3),
        descargar("Archivo 2", 5),
        descargar("Archivo 3", 2),
    )
    print(f"Todas las descargas completadas en {time.perf_counter() - inicio:.2f} segundos")


asyncio.run(main())
