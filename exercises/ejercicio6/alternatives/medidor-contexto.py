# Solución alternativa: un gestor de contexto propio que mide el pico con tracemalloc,
# y los números con map() en lugar de comprensiones.
import tracemalloc


class MedirPico:
    def __enter__(self):
        tracemalloc.start()
        return self

    def __exit__(self, *excepcion):
        self.bytes = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return False


def suma_con_lista(n):
    numeros = list(map(int, range(n)))  # lista completa en memoria
    return sum(numeros)


def suma_con_generador(n):
    return sum(map(int, range(n)))  # map es perezoso: un número cada vez


with MedirPico() as m_lista:
    total_lista = suma_con_lista(10**6)
with MedirPico() as m_gen:
    total_gen = suma_con_generador(10**6)

print("Total (lista):", total_lista)
print("Total (generador):", total_gen)
print("Memoria máxima de la lista =", m_lista.bytes, "bytes")
print("Memoria máxima del generador =", m_gen.bytes, "bytes")
print(f"Proporción: la lista usó {m_lista.bytes / m_gen.bytes:.0f} veces más")
