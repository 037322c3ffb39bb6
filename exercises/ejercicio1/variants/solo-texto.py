# MAL: solo imprime el texto esperado; no hay objetos, ni ciclo, ni recolector.
print("Contadores antes: (452, 3, 1)")
print("Objetos recolectados: 2")
print("Contadores después: (0, 0, 0)")
