# BIEN: todo dentro de main(), clase Node con partner, del de las dos variables locales y collect() impreso
import gc


class Node:
    def __init__(self, label):
        self.label = label
        self.partner = None


def main():
    first = Node("first")
    second = Node("second")
    first.partner = second
    second.partner = first

    print("GC counters before:", gc.get_count())

    del first
    del second

    freed = gc.collect()
    print("Unreachable objects collected:", freed)
    print("GC counters after:", gc.get_count())


if __name__ == "__main__":
    main()
