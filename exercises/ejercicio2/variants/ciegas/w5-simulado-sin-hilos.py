# MAL: trampa: el hilo principal imprime los mensajes en el orden y a los tiempos esperados, sin ningún hilo
import time

archivos = {"Archivo 1": 3, "Archivo 2": 5, "Archivo 3": 2}

inicio = time.perf_counter()
for nombre in archivos:
    print(f"Iniciando descarga de {nombre}")

transcurrido = 0
for nombre, segundos in sorted(archivos.items(), key=lambda par: par[1]):
    time.sleep(segundos - transcurrido)   # espera solo lo que falta hasta el siguiente final
    transcurrido = segundos
    print(f"{nombre} descargado en {segundos} segundos")

print(f"Todas las descargas completadas en {time.perf_counter() - inicio:.2f} segundos")
