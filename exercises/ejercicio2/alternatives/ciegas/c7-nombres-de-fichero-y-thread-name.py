# BIEN: hilos con name=, archivos con nombre de fichero real además del número; print bajo Lock; resumen "Resumen"
import threading
import time

print_lock = threading.Lock()


def descargar(nombre, segundos):
    hilo = threading.current_thread().name
    with print_lock:
        print(f"[{hilo}] Iniciando descarga de {nombre}")
    time.sleep(segundos)
    with print_lock:
        print(f"[{hilo}] {nombre} descargado en {segundos} segundos")


DESCARGAS = [
    ("Archivo 1 (informe.pdf)", 3),
    ("Archivo 2 (video.mp4)", 5),
    ("Archivo 3 (fotos.zip)", 2),
]


def main():
    hilos = [
        threading.Thread(target=descargar, args=(nombre, seg), name=f"descarga-{i}")
        for i, (nombre, seg) in enumerate(DESCARGAS, start=1)
    ]
    t_inicio = time.perf_counter()
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    t_total = time.perf_counter() - t_inicio
    print(f"Resumen: {len(hilos)} descargas en {t_total:.2f} s (en fila habrían sido {sum(s for _, s in DESCARGAS)} s)")


if __name__ == "__main__":
    main()
