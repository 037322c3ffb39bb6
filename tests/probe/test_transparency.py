# The probe's rule of transparency, as a contract: a program run through the
# probe behaves exactly as it does without it. Each test runs the same
# program twice (plain CPython, then the probe, launched as the runner does)
# and compares what the program itself can see: its output, its errors and
# their messages, return values, tracebacks and exit code.
# Run: python -m unittest discover tests/probe   (any CPython 3.8+)
import unittest

import probe_launch

# Each case line prints `label: outcome`, so a difference names its case.
PRELUDE = r'''
import sys, time, gc, threading

def attempt(label, fn):
    try:
        result = fn()
        print("%s: ok %r" % (label, result))
    except BaseException as exc:
        print("%s: raised %s: %s" % (label, type(exc).__name__, exc))
'''


class TransparencyCase(unittest.TestCase):
    maxDiff = None

    def compare(self, source, code=None):
        plain, probed = probe_launch.both(PRELUDE + source)
        self.assertEqual(probed.of("tamper"), [], "the probe saw tampering in an honest program")
        self.assertEqual(probed.of("probe-error"), [], "the probe reported an error of its own")
        hello = probed.of("hello")
        self.assertEqual(len(hello), 1, "the probe said hello once: %r" % (probed.events[:3],))
        self.assertEqual(hello[0].get("token"), probe_launch.TOKEN)
        self.assertEqual(probed.stdout, "", "nothing reaches fd 1 around the probe's channel")
        self.assertEqual(probed.probed_stdout(), plain.stdout)
        self.assertEqual(probed.stderr, plain.stderr)
        self.assertEqual(probed.code, plain.code)
        if code is not None:
            self.assertEqual(plain.code, code)
        return plain, probed


class PrintTest(TransparencyCase):
    def test_every_argument_form(self):
        plain, _ = self.compare(r'''
class Unprintable:
    def __str__(self):
        raise RuntimeError("no str for you")

attempt("plain", lambda: print("a", "b", 3, 4.5, None, [1, "x"]))
attempt("sep and end", lambda: print("a", "b", sep="-", end="!\n"))
attempt("sep and end None", lambda: print("a", "b", sep=None, end=None))
attempt("empty sep", lambda: print(*range(5), sep=""))
attempt("no newline", lambda: print("no newline", end=""))
attempt("empty", lambda: print())
attempt("stderr", lambda: print("to stderr", file=sys.stderr))
attempt("stderr no newline", lambda: print("half", end="", file=sys.stderr))
attempt("flush", lambda: print("flushed", flush=True))
attempt("flush false", lambda: print("not flushed", flush=False))
attempt("file None", lambda: print("to None", file=None))
attempt("file stdout", lambda: print("to stdout", file=sys.stdout))
attempt("__str__ raises", lambda: print("before", Unprintable(), "after"))
print()
attempt("sep int", lambda: print("a", sep=1))
attempt("end int", lambda: print("a", end=2))
attempt("sep bytes", lambda: print("a", "b", sep=b"-"))
attempt("file int", lambda: print("a", file=1))
attempt("unknown keyword", lambda: print("a", colour="red"))
attempt("accents and tabs", lambda: print("á é ñ ü 日本 \t x \r y"))
attempt("explicit CRLF", lambda: print("crlf\r"))
attempt("long line", lambda: print("x" * 70000))
attempt("write returns", lambda: sys.stdout.write("abc\n"))
attempt("write bytes", lambda: sys.stdout.write(b"abc"))
attempt("write int", lambda: sys.stdout.write(5))
attempt("writelines", lambda: sys.stdout.writelines(["l1\n", "l2\n"]))
attempt("flush returns", lambda: sys.stdout.flush())
attempt("fileno", lambda: sys.stdout.fileno())
attempt("isatty", lambda: sys.stdout.isatty())
attempt("writable", lambda: sys.stdout.writable())
attempt("encoding", lambda: (sys.stdout.encoding, sys.stdout.errors))
attempt("stdout is __stdout__", lambda: sys.stdout is sys.__stdout__)
''')
        # The program really ran its cases (a crash before them compares equal too).
        self.assertIn("unknown keyword: raised TypeError", plain.stdout)
        self.assertIn("sep int: raised TypeError: sep must be None or a string, not int", plain.stdout)
        self.assertIn("before __str__ raises: raised RuntimeError: no str for you", plain.stdout)

    def test_print_from_threads_and_a_final_partial_line(self):
        self.compare(r'''
def worker(n):
    print("worker", n)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
    t.join()
print("last line without newline", end="")
''')


class SleepTest(TransparencyCase):
    def test_errors_of_time_sleep(self):
        plain, _ = self.compare(r'''
attempt("negative", lambda: time.sleep(-1))
attempt("negative float", lambda: time.sleep(-0.5))
attempt("nan", lambda: time.sleep(float("nan")))
attempt("str", lambda: time.sleep("1"))
attempt("None", lambda: time.sleep(None))
attempt("list", lambda: time.sleep([1]))
attempt("no argument", lambda: time.sleep())
attempt("two arguments", lambda: time.sleep(0, 1))
attempt("keyword", lambda: time.sleep(seconds=0))
attempt("zero", lambda: time.sleep(0))
attempt("bool", lambda: time.sleep(False))
attempt("tiny", lambda: time.sleep(0.001))
attempt("name", lambda: (time.sleep.__name__, time.sleep.__qualname__, time.sleep.__module__, time.sleep.__doc__))
''')
        self.assertIn("negative: raised ValueError: sleep length must be non-negative", plain.stdout)
        self.assertIn("keyword: raised TypeError", plain.stdout)

    def test_uncaught_sleep_error_has_the_same_traceback(self):
        plain, _ = self.compare(r'''
def wait_for(seconds):
    time.sleep(seconds)

wait_for(-1)
''', code=1)
        self.assertIn("ValueError: sleep length must be non-negative", plain.stderr)
        self.assertEqual(plain.stderr.count('File "'), 2, plain.stderr)


class TracebackModuleTest(TransparencyCase):
    def test_printed_and_formatted_tracebacks(self):
        plain, _ = self.compare(r'''
import traceback

def wait_for(seconds):
    time.sleep(seconds)

try:
    wait_for(-1)
except ValueError:
    traceback.print_exc()
    print(traceback.format_exc())
    print(len(traceback.extract_tb(sys.exc_info()[2])))

def worker():
    try:
        time.sleep("x")
    except TypeError as exc:
        print("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))

t = threading.Thread(target=worker)
t.start()
t.join()

def where():
    traceback.print_stack(file=sys.stdout)
    print(len(traceback.extract_stack()))
    print([f.f_code.co_name for f, line in traceback.walk_stack(sys._getframe())])

# walk_stack(None) finds its start from the frame that iterates it.
def one():
    return two()

def two():
    return three()

def three():
    return [f.f_code.co_name for f, line in traceback.walk_stack(None)]

attempt("walk_stack(None)", one)

t = threading.Thread(target=where)
t.start()
t.join()
''')
        self.assertIn("in wait_for", plain.stderr)
        self.assertIn("in where", plain.stdout)


class ThreadingTest(TransparencyCase):
    def test_start_join_and_their_errors(self):
        self.compare(r'''
def nothing():
    pass

t = threading.Thread(target=nothing)
attempt("start returns", t.start)
attempt("join returns", t.join)
attempt("start twice", t.start)
attempt("join unstarted", threading.Thread(target=nothing).join)
attempt("start with argument", lambda: threading.Thread(target=nothing).start(1))
attempt("alive after join", t.is_alive)

class Worker(threading.Thread):
    def run(self):
        print("subclass runs", self.name == self.name)

w = Worker()
# Joined before its outcome is printed: the thread's line comes first either way.
attempt("subclass start", lambda: (w.start(), w.join())[0])
attempt("active count", threading.active_count)
''')

    def test_an_exception_in_a_thread_is_shown_the_same(self):
        plain, _ = self.compare(r'''
def fails():
    raise KeyError("in the thread")

t = threading.Thread(target=fails, name="worker-1")
t.start()
t.join()
print("main goes on")
''')
        self.assertIn("KeyError: 'in the thread'", plain.stderr)

    def test_a_context_manager_that_raises_is_shown_the_same(self):
        self.compare(r'''
class Resource:
    def __enter__(self):
        raise OSError("cannot open")

    def __exit__(self, *exc):
        return False

try:
    with Resource():
        pass
except OSError as exc:
    print("caught", exc)

class Suppresses:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit sees", kind.__name__ if kind else None)
        return True

with Suppresses():
    raise ValueError("swallowed")
with Resource():
    pass
''', code=1)


class AsyncioTest(TransparencyCase):
    def test_sleep_gather_tasks_and_their_errors(self):
        self.compare(r'''
import asyncio

async def job(name, seconds):
    await asyncio.sleep(seconds)
    print("done", name)
    return name

async def main():
    attempt("sleep returns its result", lambda: None)
    print("sleep result:", await asyncio.sleep(0, result="r"))
    print("negative sleep:", await asyncio.sleep(-1))
    results = await asyncio.gather(job("a", 0.02), job("b", 0.01))
    print("gathered", results)
    task = asyncio.ensure_future(job("c", 0))
    print("task result", await task)
    try:
        await asyncio.sleep()
    except TypeError as exc:
        print("no delay:", type(exc).__name__)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")

asyncio.run(main())
''')


class ContextlibTest(TransparencyCase):
    def test_generator_context_managers(self):
        self.compare(r'''
from contextlib import contextmanager, suppress

@contextmanager
def opened(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

with opened("a") as value:
    print("inside", value)
try:
    with opened("b"):
        raise LookupError("inside b")
except LookupError as exc:
    print("caught", exc)
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
with opened("c"):
    raise RuntimeError("uncaught in c")
''', code=1)


class GcTest(TransparencyCase):
    def test_collect_and_its_errors(self):
        plain, _ = self.compare(r'''
class Node:
    pass

# gc's counts differ with the probe (it imports and allocates more before the
# program starts): a fresh start, so that no automatic collection falls
# between the `del` and gc.collect() in either run.
gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
attempt("collect() finds the cycle", lambda: gc.collect() > 0)
attempt("collect(2) type", lambda: type(gc.collect(2)).__name__)
attempt("collect(generation=2) type", lambda: type(gc.collect(generation=2)).__name__)
attempt("collect(0)", lambda: type(gc.collect(0)).__name__)
attempt("collect(generation=5)", lambda: gc.collect(generation=5))
attempt("collect(5)", lambda: gc.collect(5))
attempt("collect(-1)", lambda: gc.collect(-1))
attempt("collect('2')", lambda: gc.collect("2"))
attempt("collect(1.5)", lambda: gc.collect(1.5))
attempt("collect(1, 2)", lambda: gc.collect(1, 2))
attempt("collect(2, generation=2)", lambda: gc.collect(2, generation=2))
attempt("get_count type", lambda: (type(gc.get_count()).__name__, len(gc.get_count())))
attempt("get_count(1)", lambda: gc.get_count(1))
attempt("get_objects type", lambda: type(gc.get_objects()).__name__)
attempt("get_objects(generation=5)", lambda: gc.get_objects(generation=5))
attempt("get_referrers keyword", lambda: gc.get_referrers(1, x=2))
attempt("get_referrers type", lambda: type(gc.get_referrers(Node)).__name__)
attempt("isenabled", gc.isenabled)
attempt("names", lambda: (gc.collect.__name__, gc.collect.__module__, gc.collect.__doc__ is not None))
''')
        self.assertIn("collect() finds the cycle: ok True", plain.stdout)
        self.assertIn("collect(generation=5): raised ValueError", plain.stdout)


class KillTest(TransparencyCase):
    # os.kill and os.killpg are wrapped where pytutor can be reached (its
    # pid is given): every call that does not aim at it behaves the same.
    def test_signals_to_its_own_processes_and_their_errors(self):
        self.compare(r'''
import os, signal, subprocess
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
attempt("kill own child", lambda: os.kill(child.pid, signal.SIGKILL))
attempt("child ended by it", lambda: child.wait())
attempt("kill self with 0", lambda: os.kill(os.getpid(), 0))
attempt("kill keywords", lambda: os.kill(pid=os.getpid(), signal=0))
attempt("kill one argument", lambda: os.kill(os.getpid()))
attempt("kill a text pid", lambda: os.kill("1", 0))
attempt("kill a bad signal", lambda: os.kill(os.getpid(), 99999))
attempt("kill no such process", lambda: os.kill(2 ** 22 + 12345, 0))
if hasattr(os, "killpg"):
    attempt("killpg own group with 0", lambda: os.killpg(os.getpgid(0), 0))
    attempt("killpg keywords", lambda: os.killpg(pgid=0, signal=0))
attempt("names", lambda: (os.kill.__name__, os.kill.__doc__ is not None))
''')


class ExitTest(TransparencyCase):
    def test_exit_codes_and_uncaught_errors(self):
        self.compare(r'''
print("about to fail")
raise SystemExit(3)
''', code=3)
        self.compare(r'''
def inner():
    return {}["missing"]

try:
    inner()
except KeyError as exc:
    raise RuntimeError("wrapped") from exc
''', code=1)


class ClassModuleTest(TransparencyCase):
    # Classes whose metaclass looks up the defining module by counting frames
    # (typing.NamedTuple on 3.8) keep their module, and pickle finds them.
    def test_named_tuples_enums_and_typed_dicts_keep_their_module(self):
        self.compare(r'''
import collections, enum, pickle, typing

class Tramo(typing.NamedTuple):
    desde: int
    hasta: int

class Color(enum.Enum):
    ROJO = 1

class Punto(collections.namedtuple("Punto", "x y")):
    pass

try:
    class Pedido(typing.TypedDict):
        numero: int
    pedido = Pedido.__module__
except AttributeError:
    pedido = "__main__"

print(Tramo.__module__, Color.__module__, Punto.__module__, pedido)
attempt("pickle Tramo", lambda: pickle.loads(pickle.dumps(Tramo(1, 2))))
attempt("pickle Color", lambda: pickle.loads(pickle.dumps(Color.ROJO)))
attempt("pickle Punto", lambda: pickle.loads(pickle.dumps(Punto(1, 2))))
''')


class SharedMemoryTest(TransparencyCase):
    # multiprocessing.Value and Array lay a ctypes object over shared memory:
    # an honest program that uses them is not tampering.
    def test_shared_values_and_arrays(self):
        self.compare(r'''
import multiprocessing

def add(total, n):
    with total.get_lock():
        total.value += n

if __name__ == "__main__":
    total = multiprocessing.Value("i", 0)
    squares = multiprocessing.Array("d", 3)
    raw = multiprocessing.RawValue("i", 7)
    for n in range(3):
        add(total, n)
        squares[n] = n * n
    print("total:", total.value, "squares:", list(squares), "raw:", raw.value)
''')

    def test_the_programs_own_ctypes_over_memory_is_still_seen(self):
        run = probe_launch.run("import ctypes\nb = bytearray(8)\nctypes.c_int.from_buffer(b)\nprint('x')\n")
        self.assertEqual([t["what"] for t in run.of("tamper")][:1], [["ctypes.cdata/buffer"]])


if __name__ == "__main__":
    unittest.main()
