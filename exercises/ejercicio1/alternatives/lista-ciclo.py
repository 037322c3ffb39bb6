# Solución alternativa: el ciclo pasa por una lista de vecinos en cada objeto.
import gc


class Vecino:
    def __init__(self, nombre):
        self.nombre = nombre
        self.vecinos = []

    def conectar(self, otro):
        self.vecinos.append(otro)
        otro.vecinos.append(self)


x = Vecino("x")
y = Vecino("y")
x.conectar(y)  # x.vecinos contiene a y, y.vecinos contiene a x: un ciclo

print("Generaciones antes:", gc.get_count())
del x, y

total = gc.collect()
print("Recolectados por gc.collect():", total)
print("Generaciones después:", gc.get_count())
