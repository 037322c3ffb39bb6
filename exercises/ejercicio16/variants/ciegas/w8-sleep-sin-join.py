# MAL: no usa task_done/join: main duerme un tiempo adivinado (1.6 s) y da por hecho que la cola está procesada
import asyncio
import time


async def consumidor(nombre, cola):
    while True:
        pedido = await cola.get()
        await asyncio.sleep(0.5)
        print(f"{nombre} procesó el pedido {pedido}")


async def main():
    inicio = time.perf_counter()
    cola = asyncio.Queue()
    tareas = [asyncio.create_task(consumidor(f"Consumidor {i}", cola)) for i in (1, 2)]
    for pedido in range(1, 7):
        await cola.put(pedido)
        print(f"Productor: pedido {pedido} en la cola")
    await asyncio.sleep(1.6)  # tiempo de sobra para 3 rondas de 0.5 s
    for t in tareas:
        t.cancel()
    print(f"Todos los pedidos procesados en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
