# BIEN: recorre una tabla de (nombre, función), start/stop por medida, escribe con sys.stdout.write
import sys
import tracemalloc


def suma_con_lista(n):
    todos = [k for k in range(n)]
    return sum(todos)


def suma_con_generador(n):
    return sum(k for k in range(n))


def medir(f, n):
    tracemalloc.start()
    valor = f(n)
    pico = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return valor, pico


if __name__ == "__main__":
    n = 1_000_000
    picos = {}
    for etiqueta, funcion in (("lista", suma_con_lista), ("generador", suma_con_generador)):
        valor, pico = medir(funcion, n)
        picos[etiqueta] = pico
        sys.stdout.write("Suma con " + etiqueta + ": " + str(valor) + "\n")
    for etiqueta in ("lista", "generador"):
        sys.stdout.write("Pico " + etiqueta + ": " + str(picos[etiqueta]) + " bytes\n")
    sys.stdout.write("Relación lista/generador: " + str(round(picos["lista"] / picos["generador"])) + "\n")
