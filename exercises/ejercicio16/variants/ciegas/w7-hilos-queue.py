# MAL: usa hilos con queue.Queue y time.sleep en lugar de asyncio.Queue y tareas de asyncio
import queue
import threading
import time


def consumidor(nombre, cola):
    while True:
        pedido = cola.get()
        if pedido is None:
            cola.task_done()
            break
        time.sleep(0.5)
        print(f"{nombre} procesó el pedido {pedido}")
        cola.task_done()


def main():
    inicio = time.perf_counter()
    cola = queue.Queue()
    hilos = [threading.Thread(target=consumidor, args=(f"Consumidor {i}", cola)) for i in (1, 2)]
    for h in hilos:
        h.start()
    for pedido in range(1, 7):
        cola.put(pedido)
        print(f"Productor: pedido {pedido} en la cola")
    cola.put(None)
    cola.put(None)
    cola.join()
    for h in hilos:
        h.join()
    print(f"Todos los pedidos procesados en {time.perf_counter() - inicio:.2f} s")


main()
