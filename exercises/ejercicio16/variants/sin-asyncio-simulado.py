# MAL: ni asyncio ni cola. Imita la salida y los tiempos de la solución desde el
# hilo principal: imprime los pedidos de dos en dos cada 0.5 s, alternando los
# nombres de los consumidores a mano. Por fuera se parece; por dentro no hay
# productor, consumidores ni concurrencia.
import time

inicio = time.perf_counter()
for numero in range(1, 7):
    print(f"Productor: pedido {numero} en la cola")
for numero in range(1, 7, 2):
    time.sleep(0.5)
    print(f"Consumidor 1 procesó el pedido {numero}")
    print(f"Consumidor 2 procesó el pedido {numero + 1}")
print(f"Todos los pedidos procesados en {time.perf_counter() - inicio:.2f} s")
