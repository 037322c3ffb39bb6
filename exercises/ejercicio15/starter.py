# Ejercicio 15: tres consultas a la vez con asyncio.
# Guarda tu programa como ejercicio15.py y compruébalo con: pytutor check ejercicio15
import asyncio
import time

CONSULTAS = [("API 1", 1), ("API 2", 2), ("API 3", 1.5)]


async def consultar(nombre, segundos):
    print(f"Consultando {nombre}...")
    # TODO: simula la espera de la red con `await asyncio.sleep(segundos)`
    # (¡no con time.sleep, que bloquea el bucle de eventos!).
    print(f"{nombre} respondió en {segundos} s")


async def main():
    inicio = time.perf_counter()

    # TODO: convierte cada consulta en una tarea con asyncio.create_task(...)
    # (o pásalas todas a asyncio.gather) para que corran a la vez, y espéralas.
    # Por ahora se esperan una tras otra: así no hay concurrencia.
    for nombre, segundos in CONSULTAS:
        await consultar(nombre, segundos)

    # TODO: cuando hayan terminado todas, imprime el resumen como última línea,
    # p. ej. f"Todas las consultas terminaron en {total:.2f} s".


if __name__ == "__main__":
    asyncio.run(main())
