# Alternative solution: two different classes (Padre / Hijo) that point at each other.
import gc


class Padre:
    def __init__(self):
        self.hijo = None


class Hijo:
    def __init__(self, padre):
        self.padre = padre


padre = Padre()
hijo = Hijo(padre)
padre.hijo = hijo  # now padre -> hijo -> padre: a reference cycle

print("GC counters (before):", gc.get_count())

# Reference counting cannot free them: each one is still referenced by the other.
del padre, hijo

n = gc.collect()
print(f"Unreachable objects collected: {n}")
print("GC counters (after):", gc.get_count())
