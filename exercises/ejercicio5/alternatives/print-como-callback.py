# Alternative: print itself as the callback, English wording, and the last strong
# reference dropped by rebinding the name (recurso = None) instead of del.
import weakref


class Connection:
    pass


recurso = Connection()
ref = weakref.ref(recurso)
print("Alive? ref() is recurso ->", ref() is recurso)

weakref.finalize(recurso, print, "Finalizer ran: the connection was freed")

print("Dropping the last strong reference: recurso = None")
recurso = None

print("After that, ref() returns", ref())
print("End of program")
