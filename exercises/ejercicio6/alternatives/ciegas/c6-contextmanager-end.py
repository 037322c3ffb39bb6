# BIEN: un context manager propio hace tracemalloc.start/stop en cada medida; salida en trozos con print(..., end="")
import tracemalloc


def suma_con_lista(n):
    datos = [num for num in range(n)]
    return sum(datos)


def generar(n):
    for num in range(n):
        yield num


def suma_con_generador(n):
    return sum(generar(n))


class MedirMemoria:
    def __enter__(self):
        tracemalloc.start()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.actual, self.pico = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return False


n = 10**6

with MedirMemoria() as m_lista:
    total_lista = suma_con_lista(n)

with MedirMemoria() as m_gen:
    total_gen = suma_con_generador(n)

print("Suma (lista): ", end="")
print(total_lista)
print("Suma (generador): ", end="")
print(total_gen)
print("Pico lista: ", end="")
print(m_lista.pico, "bytes")
print("Pico generador: ", end="")
print(m_gen.pico, "bytes")
print("=> la versión con lista ocupa", m_lista.pico // m_gen.pico, "veces más")
