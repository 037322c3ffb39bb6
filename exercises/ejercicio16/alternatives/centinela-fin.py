# Alternativa: centinelas que no son None. Tras cola.join(), main mete un
# "FIN" por consumidor; cada consumidor lo saca, lo marca con task_done() y sale
# de su bucle sin anunciarlo. main espera a los consumidores con gather.
import asyncio
import time

PEDIDOS = 6
CONSUMIDORES = 2
PROCESO = 0.5  # segundos que tarda un consumidor en procesar un pedido


async def productor(cola):
    for numero in range(1, PEDIDOS + 1):
        await cola.put(numero)  # con una cola sin límite, put no espera nunca
        print(f"Productor: pedido {numero} en la cola")


async def consumidor(nombre, cola):
    while True:
        pedido = await cola.get()  # espera (sin bloquear el bucle) a que haya algo
        if pedido == "FIN":
            cola.task_done()
            break
        await asyncio.sleep(PROCESO)
        print(f"{nombre} procesó el pedido {pedido}")
        cola.task_done()  # avisa a la cola: este pedido está terminado


async def main():
    inicio = time.perf_counter()
    # La cola se crea DENTRO de la corrutina, con el bucle de eventos en marcha.
    cola = asyncio.Queue()

    consumidores = [
        asyncio.create_task(consumidor(f"Consumidor {i}", cola))
        for i in range(1, CONSUMIDORES + 1)
    ]

    await productor(cola)
    await cola.join()  # vuelve cuando cada pedido tuvo su task_done()

    # Los consumidores siguen esperando en get(): ya no hay trabajo, se cancelan.
    for _ in consumidores:
        await cola.put("FIN")
    await asyncio.gather(*consumidores, return_exceptions=True)

    total = time.perf_counter() - inicio
    print(f"Todos los pedidos procesados en {total:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
