# Alternativa: en lugar de cancelar a los consumidores, el productor mete un
# centinela (None) por consumidor al final; cada consumidor sale de su bucle al
# recibirlo. main espera a los consumidores con gather.
import asyncio
from asyncio import Queue
from time import perf_counter

FIN = None


async def productor(cola, pedidos, consumidores):
    for numero in range(1, pedidos + 1):
        await cola.put(numero)
        print(f"Productor: pedido {numero} en la cola")
    for _ in range(consumidores):
        await cola.put(FIN)  # uno por consumidor: cada uno se lleva el suyo


async def consumidor(nombre, cola):
    while True:
        pedido = await cola.get()
        if pedido is FIN:
            break
        await asyncio.sleep(0.5)
        print(f"{nombre} procesó el pedido {pedido}")


async def main():
    inicio = perf_counter()
    cola = Queue()
    await asyncio.gather(
        productor(cola, 6, 2),
        consumidor("Consumidor 1", cola),
        consumidor("Consumidor 2", cola),
    )
    print(f"Todos los pedidos procesados en {perf_counter() - inicio:.2f} s")


asyncio.run(main())
