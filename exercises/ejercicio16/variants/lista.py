# MAL: no usa asyncio.Queue. Los consumidores sacan los pedidos de una lista
# compartida con pop(0). Aquí «funciona» porque solo hay un hilo y nadie mete
# pedidos mientras tanto, pero no hay forma de esperar a que lleguen pedidos
# nuevos ni de saber cuándo se terminaron (get/put/task_done/join): si la lista
# se vacía un momento, el consumidor se va.
import asyncio
import time


async def consumidor(nombre, pedidos):
    while pedidos:
        pedido = pedidos.pop(0)
        await asyncio.sleep(0.5)
        print(f"{nombre} procesó el pedido {pedido}")


async def main():
    inicio = time.perf_counter()
    pedidos = []
    for numero in range(1, 7):
        pedidos.append(numero)
        print(f"Productor: pedido {numero} en la cola")
    await asyncio.gather(consumidor("Consumidor 1", pedidos), consumidor("Consumidor 2", pedidos))
    print(f"Todos los pedidos procesados en {time.perf_counter() - inicio:.2f} s")


asyncio.run(main())
