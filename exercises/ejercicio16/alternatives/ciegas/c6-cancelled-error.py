# BIEN: consumidores capturan CancelledError para despedirse; cola compartida, join, cancel y gather
import asyncio
import time

PEDIDOS = 6
DURACION = 0.5


async def consumidor(ident, cola, contador):
    nombre = f"Consumidor {ident}"
    try:
        while True:
            pedido = await cola.get()
            await asyncio.sleep(DURACION)
            contador[nombre] = contador.get(nombre, 0) + 1
            print(f"  {nombre} terminó el pedido #{pedido}")
            cola.task_done()
    except asyncio.CancelledError:
        print(f"  {nombre} se retira ({contador.get(nombre, 0)} hechos)")
        raise


async def main():
    arranque = time.perf_counter()
    cola = asyncio.Queue()
    hechos = {}
    equipo = [asyncio.create_task(consumidor(i, cola, hechos)) for i in range(1, 3)]

    for num in range(1, PEDIDOS + 1):
        await cola.put(num)
        print(f"Productor: pedido #{num} añadido a la cola")

    await cola.join()
    for tarea in equipo:
        tarea.cancel()
    await asyncio.gather(*equipo, return_exceptions=True)
    print(f"Todos los pedidos procesados en {time.perf_counter() - arranque:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
