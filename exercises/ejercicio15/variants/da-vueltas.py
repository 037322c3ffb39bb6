# MAL: consultar espera con un bucle de await asyncio.sleep(0) hasta que pasa
# su tiempo. Las consultas siguen yendo a la vez y la salida es la misma, pero
# la espera ocupa la CPU todo el rato.
import asyncio
import time

CONSULTAS = [("API 1", 1), ("API 2", 2), ("API 3", 1.5)]


async def consultar(nombre, segundos):
    print(f"Consultando {nombre}...")
    # await asyncio.sleep cede el control al bucle de eventos: mientras esta
    # corrutina «espera la red», las otras tareas avanzan.
    fin = time.perf_counter() + segundos
    while time.perf_counter() < fin:  # miro el reloj y cedo el turno
        await asyncio.sleep(0)
    print(f"{nombre} respondió en {segundos} s")
    return nombre


async def main():
    inicio = time.perf_counter()

    # create_task programa cada corrutina como tarea: empiezan todas ya,
    # sin esperar a que termine la anterior.
    tareas = [asyncio.create_task(consultar(nombre, segundos)) for nombre, segundos in CONSULTAS]

    # Ahora sí esperamos a cada tarea; mientras tanto corren las tres.
    for tarea in tareas:
        await tarea

    total = time.perf_counter() - inicio
    print(f"Todas las consultas terminaron en {total:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
