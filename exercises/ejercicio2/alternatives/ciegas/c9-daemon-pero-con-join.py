# BIEN: hilos daemon=True, pero se espera a todos con join() antes del resumen, así que terminan su trabajo
import threading
import time


def descargar(nombre, segundos):
    print(f"-> {nombre}: empieza")
    time.sleep(segundos)
    print(f"<- {nombre}: terminada ({segundos} s)")


archivos = {"Archivo 1": 3, "Archivo 2": 5, "Archivo 3": 2}
hilos = {}
for nombre, segundos in archivos.items():
    hilos[nombre] = threading.Thread(target=descargar, kwargs={"nombre": nombre, "segundos": segundos}, daemon=True)

inicio = time.perf_counter()
for h in hilos.values():
    h.start()
for h in hilos.values():
    h.join()

print(f"Total: {time.perf_counter() - inicio:.2f} segundos")
