# MAL: no espera a la cola con join(). En cuanto el productor termina de meter
# pedidos, main cancela a los consumidores, que aún no han procesado ninguno, e
# imprime un resumen que miente.
import asyncio
import time


async def productor(cola):
    for numero in range(1, 7):
        await cola.put(numero)
        print(f"Productor: pedido {numero} en la cola")


async def consumidor(nombre, cola):
    while True:
        pedido = await cola.get()
        await asyncio.sleep(0.5)
        print(f"{nombre} procesó el pedido {pedido}")
        cola.task_done()


async def main():
    inicio = time.perf_counter()
    cola = asyncio.Queue()
    consumidores = [asyncio.create_task(consumidor(f"Consumidor {i}", cola)) for i in (1, 2)]
    await productor(cola)
    for tarea in consumidores:
        tarea.cancel()
    await asyncio.gather(*consumidores, return_exceptions=True)
    print(f"Todos los pedidos procesados en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
