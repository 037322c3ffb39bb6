# The helpers a spec's inspections call when the program ends
# (src/probe/_pytutor_wrappers.py): used() counts the calls of a function,
# by its name, whose result the program's main file uses, at_module_level()
# those made when the file loads, and computed() says whether it computes an
# expression; all read the same syntax tree.
# Run: python -m unittest discover tests/probe   (any CPython 3.8+)
import json
import sys
import unittest

import probe_launch


def inspect(source, **expressions):
    run = probe_launch.run(source, env={"PYTUTOR_INSPECT": json.dumps(expressions)})
    found = {e["name"]: (e["value"], e["error"]) for e in run.of("inspect")}
    return {name: found.get(name) for name in expressions}


class UsedTest(unittest.TestCase):
    def used(self, source):
        value, error = inspect(source, n="used('getrefcount')")["n"]
        self.assertIsNone(error)
        return value

    def test_a_result_printed_passed_on_returned_or_compared_is_used(self):
        self.assertEqual(self.used("import sys\nd = []\nprint('a:', sys.getrefcount(d))\n"), 1)
        self.assertEqual(self.used("import sys\nd = []\nm = [sys.getrefcount(d)]\nprint(m)\n"), 1)
        self.assertEqual(self.used("import sys\nd = []\ndef medir(o):\n    return sys.getrefcount(o)\nprint(medir(d))\n"), 1)
        self.assertEqual(self.used("import sys\nd = []\nprint(sys.getrefcount(d) > 1)\n"), 1)

    def test_a_result_kept_in_a_variable_counts_only_if_the_variable_is_read(self):
        self.assertEqual(self.used("import sys\nd = []\nn = sys.getrefcount(d)\nprint(f'{n}')\n"), 1)
        self.assertEqual(self.used("import sys\nd = []\nn = sys.getrefcount(d)\nprint('2')\n"), 0)
        # Read by name through locals(): counted as read.
        self.assertEqual(self.used("import sys\nd = []\nn = sys.getrefcount(d)\nprint('{n}'.format(**locals()))\n"), 1)

    def test_a_call_alone_on_its_line_is_not_used(self):
        self.assertEqual(self.used("import sys\nd = []\nsys.getrefcount(d)\nprint('2')\n"), 0)

    def test_the_function_is_found_by_its_name_however_it_was_imported(self):
        self.assertEqual(self.used("import sys as s\nd = []\nprint(s.getrefcount(d))\n"), 1)
        self.assertEqual(self.used("from sys import getrefcount\nd = []\nprint(getrefcount(d), getrefcount(d))\n"), 2)
        self.assertEqual(self.used("import sys\nd = []\nprint(len(d))\n"), 0)

    def test_another_name_for_the_function_is_the_function(self):
        self.assertEqual(self.used("from sys import getrefcount as cuenta\nd = []\nprint(cuenta(d))\n"), 1)
        self.assertEqual(self.used("import sys\ncuenta = sys.getrefcount\nd = []\nprint(cuenta(d))\n"), 1)
        # A name that once held something else is not the function.
        self.assertEqual(self.used("import sys\ncuenta = len\nd = []\nprint(cuenta(d))\n"), 0)


class AtModuleLevelTest(unittest.TestCase):
    def count(self, source):
        value, error = inspect(source, n="at_module_level('Queue')")["n"]
        self.assertIsNone(error)
        return value

    def test_a_call_made_when_the_file_loads_counts_one_inside_a_function_does_not(self):
        self.assertEqual(self.count("import asyncio\ncola = asyncio.Queue()\n"), 1)
        self.assertEqual(self.count("import asyncio\nif True:\n    for _ in range(1):\n        cola = asyncio.Queue()\n"), 1)
        self.assertEqual(self.count("import asyncio\nasync def main():\n    cola = asyncio.Queue()\n    global c\n    c = asyncio.Queue()\nasyncio.run(main())\n"), 0)
        self.assertEqual(self.count("import asyncio\nclass A:\n    def f(self):\n        return asyncio.Queue()\nmk = lambda: asyncio.Queue()\n"), 0)

    def test_a_default_value_and_another_name_run_at_module_level_too(self):
        self.assertEqual(self.count("import asyncio\ndef main(cola=asyncio.Queue()):\n    pass\n"), 1)
        self.assertEqual(self.count("from asyncio import Queue as Cola\ncola = Cola()\n"), 1)


class CapturedOutputTest(unittest.TestCase):
    def test_an_inspection_reads_what_a_logging_handler_holding_the_stream_writes(self):
        # The handler keeps the stream sys.stdout was when it was made: an
        # inspection's redirection does not reach it by itself.
        source = (
            "import logging, sys\n"
            "log = logging.getLogger('x')\n"
            "log.addHandler(logging.StreamHandler(sys.stdout))\n"
            "log.setLevel(logging.INFO)\n"
            "log.propagate = False\n"
            "def hola():\n"
            "    log.info('hola')\n"
            "hola()\n"
        )
        expressions = {"lines": "printed(hola).count('hola')", "plain": "printed(print, 'x').count('x')"}
        run = probe_launch.run(source, env={"PYTUTOR_INSPECT": json.dumps(expressions)})
        self.assertEqual({e["name"]: (e["value"], e["error"]) for e in run.of("inspect")}, {"lines": (1, None), "plain": (1, None)})
        # The program's own output is what it printed, once; the inspections' is not in it.
        self.assertEqual(run.probed_stdout(), "hola\n")


class ComputedTest(unittest.TestCase):
    def test_an_expression_computed_anywhere_and_one_only_printed(self):
        found = inspect("a = [1]\nb = a\nprint('a is b:', a is b)\nprint('b is a: True')\n", yes="computed('a is b')", no="computed('b is a')")
        self.assertEqual(found, {"yes": (1, None), "no": (0, None)})



class GuardedTest(unittest.TestCase):
    PROGRAM = (
        "import threading\n"
        "contador = 0\n"
        "candado = threading.Lock()\n"
        "def paso():\n"
        "    global contador\n"
        "    contador = contador + 1\n"
        "def dentro():\n"
        "    global contador\n"
        "    for _ in range(3):\n"
        "        with candado: valor = contador; contador = valor + 1\n"
        "def con_ayuda():\n"
        "    for _ in range(3):\n"
        "        candado.acquire()\n"
        "        try:\n"
        "            paso()\n"
        "        finally:\n"
        "            candado.release()\n"
        "def suma_fuera():\n"
        "    global contador\n"
        "    for _ in range(3):\n"
        "        with candado:\n"
        "            pass\n"
        "        contador += 1\n"
        "def sin_lock():\n"
        "    global contador\n"
        "    contador += 1\n"
        "def otro_lock(c=threading.Lock()):\n"
        "    global contador\n"
        "    with c:\n"
        "        contador += 1\n"
        "def mismo_lock(c=candado):\n"
        "    global contador\n"
        "    with c:\n"
        "        contador += 1\n"
        "def falla():\n"
        "    with candado:\n"
        "        raise ValueError('x')\n"
    )

    def test_each_read_and_write_with_the_lock_held_or_not_or_cannot_tell(self):
        found = inspect(
            self.PROGRAM,
            # One line holding the with and both steps; a helper the function
            # calls with acquire/release around it.
            dentro="guarded(dentro, 'candado', 'contador')",
            con_ayuda="guarded(con_ayuda, 'candado', 'contador')",
            suma_fuera="guarded(suma_fuera, 'candado', 'contador')",
            # Never takes candado, takes another lock; takes candado through a
            # reference of its own (a default argument); fails, has no such lock.
            sin_lock="guarded(sin_lock, 'candado', 'contador')",
            otro_lock="guarded(otro_lock, 'candado', 'contador')",
            mismo_lock="guarded(mismo_lock, 'candado', 'contador')",
            falla="guarded(falla, 'candado', 'contador')",
            ausente="guarded(dentro, 'cerrojo', 'contador')",
            # candado is the program's own lock again afterwards.
            restaurado="isinstance(candado, type(__import__('threading').Lock()))",
        )
        self.assertEqual(found, {
            "dentro": (1, None), "con_ayuda": (1, None), "suma_fuera": (0, None), "sin_lock": (0, None),
            "otro_lock": (0, None), "mismo_lock": (1, None), "falla": (-1, None), "ausente": (-1, None), "restaurado": (1, None),
        })

    def test_the_tracing_it_does_is_not_taken_for_the_programs(self):
        run = probe_launch.run(self.PROGRAM, env={"PYTUTOR_INSPECT": json.dumps({"x": "guarded(suma_fuera, 'candado', 'contador')"})})
        self.assertEqual(run.of("tamper"), [])
        self.assertEqual([e["value"] for e in run.of("inspect")], [0])
        # A program that traces itself still is.
        traced = probe_launch.run("import sys\nsys.settrace(lambda *a: None)\nsys.settrace(None)\n")
        self.assertEqual(len(traced.of("tamper")), 1)


class GraderUsesTest(unittest.TestCase):
    def test_a_manager_the_grader_uses_in_an_inspection_is_not_counted_as_the_programs(self):
        source = (
            "import contextlib\n"
            "@contextlib.contextmanager\n"
            "def cm():\n"
            "    yield\n"
            "with cm():\n"
            "    pass\n"
        )
        use = "(lambda m: (m.__enter__(), m.__exit__(None, None, None))[1])(cm())"
        run = probe_launch.run(source, env={"PYTUTOR_INSPECT": json.dumps({"uso": use})})
        self.assertEqual([e["value"] for e in run.of("inspect")], [0])
        # The program's own with: one enter, one exit; the inspection's none.
        self.assertEqual([e["phase"] for e in run.of("context")], ["enter", "exit"])

    def test_threads_and_sleeps_of_an_inspection_are_not_the_programs(self):
        source = (
            "import threading, time\n"
            "def lanzar(f):\n"
            "    h = threading.Thread(target=f)\n"
            "    h.start()\n"
            "    h.join()\n"
            "    return 7\n"
            "lanzar(lambda: time.sleep(0.01))\n"
        )
        run = probe_launch.run(source, env={"PYTUTOR_INSPECT": json.dumps({"x": "lanzar(lambda: time.sleep(0.01))"})})
        found = run.of("inspect")[0]
        if sys.version_info[:2] == (3, 12):
            # 3.12 starts no thread at interpreter shutdown, when inspections run.
            self.assertIn("interpreter shutdown", found["error"])
        else:
            self.assertEqual(found["value"], 7)
        self.assertEqual(len(run.of("thread")), 1)
        self.assertEqual(len([e for e in run.of("sleep") if e.get("kind", "time") == "time"]), 1)


if __name__ == "__main__":
    unittest.main()


class CollectionAnalysisCase(unittest.TestCase):
    # What a gc.collect() event says of the program's garbage instances: how
    # many reach another of them (a cycle through two) against none (each
    # refers only to itself).
    def linked(self, body):
        source = "import gc\n\nclass Nodo:\n    def __init__(self):\n        self.otro = None\n        self.hijos = []\n\n" + body + "\ngc.collect()\n"
        collects = probe_launch.run(source).of("gc")
        self.assertEqual(len(collects), 1)
        self.assertTrue(collects[0]["analysis"])
        return collects[0]["linked"], sum(collects[0]["cyclic"].values())

    def test_two_instances_pointing_to_each_other_are_linked(self):
        self.assertEqual(self.linked("a = Nodo()\nb = Nodo()\na.otro = b\nb.otro = a\ndel a, b"), (2, 2))

    def test_through_a_list_they_are_linked_too(self):
        self.assertEqual(self.linked("a = Nodo()\nb = Nodo()\na.hijos.append(b)\nb.otro = a\ndel a, b"), (2, 2))

    def test_instances_that_each_point_to_themselves_are_cycles_but_not_linked(self):
        self.assertEqual(self.linked("a = Nodo()\nb = Nodo()\na.otro = a\nb.otro = b\ndel a, b"), (0, 2))

    def test_self_cycles_that_point_on_to_a_shared_one_are_not_linked(self):
        # a and b reach r, but r reaches neither: no cycle through two instances.
        body = "a = Nodo()\nb = Nodo()\nr = Nodo()\na.otro = a\nb.otro = b\nr.otro = r\na.hijos.append(r)\nb.hijos.append(r)\ndel a, b, r"
        self.assertEqual(self.linked(body), (0, 3))

    def test_a_collection_with_debug_saveall_frees_nothing(self):
        # The cycle goes to gc.garbage, not away, even when a gc.callbacks hook
        # empties gc.garbage into the program's own list during the collection.
        hook = "kept = []\ndef move(phase, info):\n    if phase == 'stop':\n        kept.extend(gc.garbage)\n        del gc.garbage[:]\ngc.callbacks.append(move)\n"
        source = ("import gc\n\nclass Nodo:\n    def __init__(self):\n        self.otro = None\n\n" + hook +
                  "gc.set_debug(gc.DEBUG_SAVEALL)\na = Nodo()\nb = Nodo()\na.otro = b\nb.otro = a\ndel a, b\ngc.collect()\n")
        collect = probe_launch.run(source).of("gc")[0]
        self.assertEqual((collect["freed"], collect["cyclic"]), ({}, {}))
        self.assertGreaterEqual(collect["garbage"], 2)

    def test_instances_their_del_brings_back_are_not_freed(self):
        source = ("import gc\nvivos = []\n\nclass Nodo:\n    def __init__(self):\n        self.otro = None\n"
                  "    def __del__(self):\n        vivos.append(self)\n\n"
                  "a = Nodo()\nb = Nodo()\na.otro = b\nb.otro = a\ndel a, b\ngc.collect()\n")
        collect = probe_launch.run(source).of("gc")[0]
        self.assertEqual((collect["freed"], collect["cyclic"]), ({}, {}))

    def test_a_ring_of_three_is_linked(self):
        self.assertEqual(self.linked("a = Nodo()\nb = Nodo()\nc = Nodo()\na.otro = b\nb.otro = c\nc.otro = a\ndel a, b, c"), (3, 3))


class InspectedModulesCase(unittest.TestCase):
    # The grader's inspections run after the program, in its process: what
    # they use must be what it was before the program ran.
    def tamper(self, source, inspect=None):
        env = {"PYTUTOR_INSPECT": json.dumps(inspect or {"one": "1"})}
        return [what for t in probe_launch.run(source, env=env).of("tamper") for what in t["what"]]

    def test_replacing_what_the_inspections_use_is_tampering(self):
        cases = {
            "import time\ntime.perf_counter = lambda: 0.0\n": "time.perf_counter was replaced",
            "import inspect\ninspect.isgeneratorfunction = lambda f: True\n": "inspect.isgeneratorfunction was replaced",
            "import tracemalloc\ntracemalloc.is_tracing = lambda: False\n": "tracemalloc.is_tracing was replaced",
            "import tracemalloc, sys, types\nsys.modules['tracemalloc'] = types.ModuleType('tracemalloc')\n": "sys.modules['tracemalloc'] was replaced",
            "import sys, types\nsys.modules['inspect'] = types.ModuleType('inspect')\n": "sys.modules['inspect'] was set by the program",
            "import contextlib, io\nimport sys\nsys.modules['io'] = contextlib\n": "sys.modules['io'] was replaced",
        }
        for source, what in cases.items():
            with self.subTest(source=source):
                self.assertIn(what, self.tamper(source))

    def test_an_honest_program_that_uses_those_modules_is_not_tampering(self):
        source = (
            "import time, inspect, tracemalloc, contextlib, io, re, threading, weakref, itertools\n"
            "from time import perf_counter\n"
            "def g():\n    yield 1\n"
            "t = perf_counter(); tracemalloc.start(); x = list(g()); tracemalloc.stop()\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n    print(inspect.isgeneratorfunction(g))\n"
        )
        self.assertEqual(self.tamper(source, {"gen": "__import__('inspect').isgeneratorfunction(g)"}), [])

    def test_the_inspections_builtins_cannot_be_changed_by_the_program(self):
        # The wrappers' namespace is a wrapper's __globals__ (audited only on
        # 3.8–3.10); the builtins the inspections run with are a tuple there.
        source = (
            "import tracemalloc\n"
            "try:\n"
            "    tracemalloc.get_traced_memory.__globals__['_real_builtins']['min'] = lambda *a: 1\n"
            "except TypeError:\n"
            "    pass\n"
        )
        run = probe_launch.run(source, env={"PYTUTOR_INSPECT": json.dumps({"m": "min(3, 4)"})})
        self.assertEqual([e["value"] for e in run.of("inspect")], [3])

    def test_stopping_tracemalloc_by_any_route_keeps_the_programs_peak(self):
        endings = [
            "import _tracemalloc\n_tracemalloc.stop()\n_tracemalloc.start()\n",
            "import atexit\natexit.register(tracemalloc.stop)\n",
            "import contextlib\nstack = contextlib.ExitStack()\nstack.callback(tracemalloc.stop)\nstack.close()\n",
        ]
        for ending in endings:
            with self.subTest(ending=ending):
                run = probe_launch.run("import tracemalloc\nx = [0] * 10**6\ndel x\n" + ending, env={"PYTUTOR_TRACEMALLOC": "1"})
                self.assertGreater(run.of("end")[0]["tracedPeak"], 7 * 10**6)


class MainGuardCase(unittest.TestCase):
    def inspect(self, source):
        run = probe_launch.run(source, env={"PYTUTOR_INSPECT": json.dumps({
            "guard": "main_guard()", "inside": "defined_in_main_guard('f', 'K')",
        })})
        return [e["value"] for e in run.of("inspect")]

    def test_the_guard_is_found_however_the_file_was_saved_or_the_test_written(self):
        self.assertEqual(self.inspect("\ufeffdef f():\n    pass\nif __name__ == '__main__':\n    f()\n"), [1, 0])
        self.assertEqual(self.inspect("# -*- coding: latin-1 -*-\ndef f():\n    pass\nif '__main__' == __name__:\n    f()\n"), [1, 0])
        self.assertEqual(self.inspect("def f():\n    if __name__ == '__main__':\n        pass\nf()\n"), [0, 0])

    def test_definitions_inside_the_guard_are_counted(self):
        source = "if __name__ == '__main__':\n    def f():\n        pass\n    class K:\n        pass\n    f()\n"
        self.assertEqual(self.inspect(source), [1, 2])


class ChangedThroughCase(unittest.TestCase):
    def count(self, source):
        run = probe_launch.run(source, env={"PYTUTOR_INSPECT": json.dumps({"n": "changed_through('b')"})})
        return [e["value"] for e in run.of("inspect")][0]

    def test_changes_through_the_name_are_counted_and_reads_are_not(self):
        base = "a = [1, 2, 3]\nb = a\nprint(a is b, id(b), len(b), b)\n"
        self.assertEqual(self.count(base + "a.append(4)\n"), 0)
        for change in ("b.append(4)", "b += [4]", "b.extend([4])", "b[3:] = [4]", "def anadir(l):\n    l.append(4)\nanadir(b)"):
            with self.subTest(change=change):
                self.assertEqual(self.count(base + change + "\n"), 1)


class BoundToANameCase(unittest.TestCase):
    def test_a_name_given_another_bare_name_is_counted_and_a_container_is_not(self):
        source = "datos = [1]\notra = datos\ncaja = [datos]\nfila = {'d': datos}\n"
        run = probe_launch.run(source, env={"PYTUTOR_INSPECT": json.dumps({"caja": "bound_to_a_name('caja', 'fila')", "otra": "bound_to_a_name('otra')"})})
        self.assertEqual([e["value"] for e in run.of("inspect")], [0, 1])


class ResourceUsageCase(unittest.TestCase):
    @unittest.skipIf(sys.platform == "win32", "no resource module on Windows")
    def test_a_program_that_replaces_getrusage_does_not_change_the_cpu_or_memory_reported(self):
        # The end event's CPU and resident memory come from getrusage read
        # through what the probe captured before the program ran.
        fake = (
            "import resource\n"
            "class Usage:\n"
            "    ru_utime = ru_stime = -100.0\n"
            "    ru_maxrss = 1\n"
            "resource.getrusage = lambda who: Usage()\n"
            "x = sum(range(3 * 10**6))\n"
        )
        end = probe_launch.run(fake).of("end")[0]
        self.assertGreater(end["cpuSeconds"], 0)
        self.assertGreater(end["maxRssKb"], 1000)


class TracedPeakCase(unittest.TestCase):
    def test_the_programs_own_peak_is_reported_though_an_inspection_restarts_tracemalloc(self):
        # A run traced from the start (run: tracemalloc: true) whose program
        # held ~8 MB once; peak() stops and restarts tracemalloc.
        run = probe_launch.run(
            "x = [0] * 10**6\ndel x\n",
            env={"PYTUTOR_TRACEMALLOC": "1", "PYTUTOR_INSPECT": json.dumps({"p": "peak(lambda: [0] * 10)"})},
        )
        end = run.of("end")[0]
        self.assertGreater(end["tracedPeak"], 7 * 10**6)
        self.assertLess([e["value"] for e in run.of("inspect")][0], 10**6)

    def test_a_program_that_stops_or_resets_tracing_keeps_its_peak(self):
        # A program cannot hide what it held by ending the trace before the end.
        endings = ["tracemalloc.stop()", "tracemalloc.clear_traces()", "from tracemalloc import stop\nstop()"]
        if sys.version_info >= (3, 9):
            endings.append("tracemalloc.reset_peak()")
        for ending in endings:
            with self.subTest(ending=ending):
                run = probe_launch.run("import tracemalloc\nx = [0] * 10**6\ndel x\n" + ending + "\n", env={"PYTUTOR_TRACEMALLOC": "1"})
                self.assertGreater(run.of("end")[0]["tracedPeak"], 7 * 10**6)
