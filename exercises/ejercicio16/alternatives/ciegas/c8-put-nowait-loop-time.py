import asyncio
import contextlib


async def atender(cola):
    # the task's own name tells who is working
    yo = asyncio.current_task().get_name()
    while True:
        numero = await cola.get()
        await asyncio.sleep(0.5)
        print(f"{yo}: pedido {numero} procesado")
        cola.task_done()


async def main():
    loop = asyncio.get_running_loop()
    empiezo = loop.time()

    cola = asyncio.Queue()
    c1 = asyncio.create_task(atender(cola), name="Consumidor 1")
    c2 = asyncio.create_task(atender(cola), name="Consumidor 2")

    numero = 1
    while numero <= 6:
        cola.put_nowait(numero)
        print(f"Productor: pedido {numero} en la cola")
        numero += 1

    await cola.join()

    c1.cancel()
    c2.cancel()
    for c in (c1, c2):
        with contextlib.suppress(asyncio.CancelledError):
            await c

    tiempo = loop.time() - empiezo
    print(f"Todos los pedidos procesados en {tiempo:.2f} s")


asyncio.run(main())
