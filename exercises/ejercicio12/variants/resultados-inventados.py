# MAL: no lanza ningún hilo. Suma en el hilo principal (así no se pierde nada) y
# se inventa una «carrera» restando a mano: la salida parece la de la solución,
# pero no hay concurrencia ni lock que la arregle.
import random
import threading

HILOS = 4
VECES = 100
esperado = HILOS * VECES
candado = threading.Lock()

contador = 0
for _ in range(esperado):
    contador += 1
con_lock = contador
sin_lock = contador - random.randint(250, 300)  # pérdida inventada

print(f"Esperado: {esperado} ({HILOS} hilos × {VECES} sumas)")
print(f"Sin lock: {sin_lock} (se perdieron {esperado - sin_lock} sumas)")
print(f"Con lock: {con_lock} (se perdieron {esperado - con_lock} sumas)")
