# Alternativa: asyncio.gather convierte cada corrutina en una tarea, las espera
# a todas y devuelve sus resultados en el orden de los argumentos (no en el de
# llegada).
import asyncio
import time


async def consultar(nombre, segundos):
    print(f"Consultando {nombre}...")
    await asyncio.sleep(segundos)
    print(f"{nombre} respondió en {segundos} s")
    return nombre


async def main():
    inicio = time.perf_counter()
    resultados = await asyncio.gather(
        consultar("API 1", 1),
        consultar("API 2", 2),
        consultar("API 3", 1.5),
    )
    print(f"Respuestas recibidas de {len(resultados)} servicios")
    print(f"Todas las consultas terminaron en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
