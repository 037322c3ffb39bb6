# BIEN: consumidores creados con create_task(name=...) que leen la misma cola; tras join se cancelan y se esperan con asyncio.wait
import asyncio
import time


async def procesar_pedidos(cola):
    yo = asyncio.current_task().get_name()
    while True:
        pedido = await cola.get()
        await asyncio.sleep(0.5)
        print(yo, "->", "pedido", pedido, "listo")
        cola.task_done()


async def main():
    t = time.perf_counter()
    cola = asyncio.Queue()
    tareas = [asyncio.create_task(procesar_pedidos(cola), name="Consumidor %d" % k) for k in (1, 2)]
    for p in range(1, 7):
        await cola.put(p)
        print("Productor:", "pedido", p, "en la cola")
    await cola.join()
    for tarea in tareas:
        tarea.cancel()
    await asyncio.wait(tareas)
    print("Todos los pedidos procesados en", "%.2f" % (time.perf_counter() - t), "s")


asyncio.run(main())
