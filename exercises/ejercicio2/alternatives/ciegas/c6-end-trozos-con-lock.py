# BIEN: líneas montadas con varios print(..., end="") pero todo dentro de un Lock; tono charlatán; daemon=False explícito
import threading
import time

cerrojo = threading.Lock()


def descargar(nombre, segundos):
    with cerrojo:
        print("¡Vamos allá! ", end="")
        print("Empezando a bajar ", end="")
        print(nombre)
    time.sleep(segundos)
    with cerrojo:
        print("¡Listo! ", end="")
        print(nombre, end="")
        print(" ya está en tu disco (tardó " + str(segundos) + " segundos)")


def main():
    print("Preparando las descargas...")
    descargas = [["Archivo 1", 3], ["Archivo 2", 5], ["Archivo 3", 2]]
    hilos = []
    for d in descargas:
        hilos.append(threading.Thread(target=descargar, args=(d[0], d[1]), daemon=False))

    comienzo = time.perf_counter()
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    total = time.perf_counter() - comienzo

    print("Fin del programa, {:.2f} segundos".format(total))


if __name__ == "__main__":
    main()
