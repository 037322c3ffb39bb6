# Alternative: other wording (English), list(...) and slicing for the copies,
# and a hand-made deep copy of a two-level list.
a = [1, 2, 3]
b = a  # no copy: a second name for the same list
print("Is a the same object as b? a is b ->", a is b)
print("Same identity? id(a) == id(b) ->", id(a) == id(b))

b.append(4)
print("a after appending 4 through b =", a)

copia = list(a)  # a new list with the same items
print("Equal values? copia == a ->", copia == a)
print("Same object? copia is not a ->", copia is not a)
copia.append(5)
print("a after copia.append(5) =", a)

matriz = [[1, 2], [3, 4]]
superficial = matriz[:]                      # shallow: new outer list, same rows
profunda = [fila[:] for fila in matriz]      # deep enough for a list of lists
print("Shared row? superficial[0] is matriz[0] ->", superficial[0] is matriz[0])
print("Shared row? profunda[0] is matriz[0] ->", profunda[0] is matriz[0])

matriz[0].append(5)
print("matriz =", matriz)
print("superficial =", superficial)
print("profunda =", profunda)
