# Ejercicio 16: un productor y dos consumidores con asyncio.Queue.
# Guarda tu programa como ejercicio16.py y compruébalo con: pytutor check ejercicio16
import asyncio
import time

PEDIDOS = 6


async def productor(cola):
    for numero in range(1, PEDIDOS + 1):
        # TODO: mete el pedido en la cola con `await cola.put(numero)`.
        print(f"Productor: pedido {numero} en la cola")


async def consumidor(nombre, cola):
    # TODO: en un bucle infinito: saca un pedido con `await cola.get()`,
    # procésalo con `await asyncio.sleep(0.5)`, imprime
    # f"{nombre} procesó el pedido {pedido}" y avisa con cola.task_done().
    pass


async def main():
    inicio = time.perf_counter()

    # TODO: crea la cola AQUÍ, dentro de la corrutina: cola = asyncio.Queue()
    cola = None

    # TODO: lanza dos consumidores como tareas («Consumidor 1» y «Consumidor 2»)
    # con asyncio.create_task(consumidor(...)).
    await productor(cola)

    # TODO: espera a que se procesen todos los pedidos con `await cola.join()`,
    # cancela los consumidores (tarea.cancel()) y espéralos con
    # asyncio.gather(*tareas, return_exceptions=True).

    total = time.perf_counter() - inicio
    print(f"Todos los pedidos procesados en {total:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
