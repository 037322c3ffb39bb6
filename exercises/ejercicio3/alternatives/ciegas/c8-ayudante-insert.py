# Aliases, references and copies -- English output, small helper functions.
import copy as cp


def show(expression, value):
    """Print an expression followed by its result."""
    print(f"{expression}: {value}", flush=True)


def add_through(alias, item):
    """Append through whichever name we are given (it is the same list)."""
    alias.insert(len(alias), item)


print("=== Exercise 3: references, aliases and copies ===")
print()

a = [1, 2, 3]
b = a
show("a is b", a is b)
show("id(a) == id(b)", id(a) == id(b))
add_through(b, 4)
show("a after b.insert(len(b), 4)", a)

copia = [*a]
show("copia == a", copia == a)
show("copia is a", copia is a)
copia.append(5)
show("a after copia.append(5)", a)
show("copia", copia)

print()
matriz = [[1, 2], [3, 4]]
superficial = cp.copy(matriz)
profunda = cp.deepcopy(matriz)
show("superficial[0] is matriz[0]", superficial[0] is matriz[0])
show("profunda[0] is matriz[0]", profunda[0] is matriz[0])
matriz[0].append(5)
show("superficial after matriz[0].append(5)", superficial)
show("profunda after matriz[0].append(5)", profunda)

print()
print("Done: the alias shares the list, the shallow copy shares the rows.")
