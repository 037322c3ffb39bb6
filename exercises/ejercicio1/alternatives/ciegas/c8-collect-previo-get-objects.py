# Reference cycle between two instances, freed by the cyclic garbage collector.
import gc

class Person:
    def __init__(self, name):
        self.name = name
        self.partner = None

gc.collect()  # start from a clean state so the numbers are easier to read

alice = Person("Alice")
bob = Person("Bob")
alice.partner = bob
bob.partner = alice

tracked_before = len(gc.get_objects())
print("Tracked objects before: %d" % tracked_before)

del alice
del bob

found = gc.collect()
print("Unreachable objects found by gc.collect(): %d" % found)

tracked_after = len(gc.get_objects())
print("Tracked objects after:  %d" % tracked_after)
print("Difference:             %d" % (tracked_before - tracked_after))
