# BIEN: todo dentro de main() con global ref; mensajes en inglés; finalize con función de módulo
import weakref


class Connection:
    """A pretend network connection."""

    def __init__(self, name):
        self.name = name
        self.open = True


def on_release(name):
    print("finalizer ran: resource '" + name + "' was released")


def main():
    global ref
    recurso = Connection("db-connection")
    ref = weakref.ref(recurso)
    print("Is ref() the same object?", ref() is recurso)

    fin = weakref.finalize(recurso, on_release, recurso.name)
    print("Finalizer pending:", fin.alive)

    print("Deleting the last strong reference...")
    del recurso

    print("ref() after del:", ref())
    print("Finalizer pending:", fin.alive)
    print("End of program")


if __name__ == "__main__":
    main()
