# The probe's platform layer (src/probe/_pytutor_platform.py): every branch
# (Linux, macOS, other POSIX, Windows) on any machine, the system's functions
# replaced by recording fakes; and, on this machine, what the probe reports
# having set up (the hello event's `caps`).
import ctypes
import os
import subprocess
import sys
import tempfile
import types
import unittest

import probe_launch

sys.path.insert(0, probe_launch.PROBE_DIR)
import _pytutor_platform as platform  # noqa: E402

sys.path.remove(probe_launch.PROBE_DIR)


class FakeKernel32(object):
    # Records the calls the probe makes to kernel32, and answers as told.
    def __init__(self, create=1234, set_ok=1, assign_ok=1):
        self.calls = []
        self.info = None
        self.create, self.set_ok, self.assign_ok = create, set_ok, assign_ok

    def CreateJobObjectW(self, attributes, name):
        self.calls.append(("CreateJobObjectW", attributes, name))
        return self.create

    def SetInformationJobObject(self, job, info_class, pointer, size):
        self.info = pointer._obj
        self.calls.append(("SetInformationJobObject", job, info_class, size))
        return self.set_ok

    def GetCurrentProcess(self):
        self.calls.append(("GetCurrentProcess",))
        return -1

    def AssignProcessToJobObject(self, job, process):
        self.calls.append(("AssignProcessToJobObject", job, process))
        return self.assign_ok

    def CloseHandle(self, handle):
        self.calls.append(("CloseHandle", handle))
        return 1

    def names(self):
        return [call[0] for call in self.calls]


class FakeResource(object):
    RLIMIT_CPU, RLIMIT_AS, RLIMIT_FSIZE, RLIMIT_NOFILE, RLIMIT_NPROC, RLIMIT_CORE = range(6)

    def __init__(self):
        self.set = {}

    def setrlimit(self, kind, values):
        self.set[kind] = values


LIMITS = {"cpuSeconds": 30, "memoryMb": 512, "addressSpaceMb": 2048, "fileSizeMb": 16, "openFiles": 256, "processes": 40}


class FamilyTest(unittest.TestCase):
    def test_platform_names(self):
        for name, kind in (("linux", "linux"), ("linux2", "linux"), ("darwin", "darwin"), ("win32", "win32"),
                           ("freebsd13", "posix"), ("cygwin", "posix")):
            self.assertEqual(platform.family(name), kind, name)

    def test_limits_and_seconds_are_parsed_defensively(self):
        self.assertEqual(platform.parse_limits('{"cpuSeconds": 3, "openFiles": 0, "x": "y", "b": true}'), {"cpuSeconds": 3})
        for text in ("", "nope", "[1]", "3"):
            self.assertEqual(platform.parse_limits(text), {}, text)
        self.assertEqual(platform.parse_seconds("2.5"), 2.5)
        for text in ("", "0", "-1", "nan", "inf", "x", None):
            self.assertIsNone(platform.parse_seconds(text), text)


class PosixTest(unittest.TestCase):
    def test_rlimits_on_linux_limit_memory(self):
        resource = FakeResource()
        self.assertEqual(platform.apply_rlimits(LIMITS, "linux", resource), (True, True))
        self.assertEqual(resource.set[resource.RLIMIT_CPU], (31, 33))
        self.assertEqual(resource.set[resource.RLIMIT_AS], (2048 * 1024 * 1024,) * 2)
        self.assertEqual(resource.set[resource.RLIMIT_NOFILE], (256, 256))
        self.assertEqual(resource.set[resource.RLIMIT_CORE], (0, 0))
        # Processes are bounded by RLIMIT_NPROC only for a uid of the run's own (`threads`).
        self.assertNotIn(resource.RLIMIT_NPROC, resource.set)

    def test_macos_does_not_enforce_the_address_space(self):
        resource = FakeResource()
        self.assertEqual(platform.apply_rlimits(LIMITS, "darwin", resource), (True, False))
        self.assertIn(resource.RLIMIT_AS, resource.set)

    def test_no_limits_given_sets_none(self):
        resource = FakeResource()
        self.assertEqual(platform.apply_rlimits({}, "linux", resource), (False, False))
        self.assertEqual(resource.set, {})

    def test_subreaper_uses_prctl(self):
        calls = []
        libc = types.SimpleNamespace(prctl=lambda *args: calls.append(args) or 0)
        self.assertTrue(platform.become_subreaper(libc))
        self.assertEqual(calls, [(36, 1, 0, 0, 0)])
        self.assertFalse(platform.become_subreaper(types.SimpleNamespace(prctl=lambda *args: -1)))

    def test_subreaper_calls_prctl_through_ctypes_c_half(self):
        calls = []
        native = types.SimpleNamespace(
            dlopen=lambda name, mode: calls.append(("dlopen", name, mode)) or 11,
            dlsym=lambda handle, name: calls.append(("dlsym", handle, name)) or 22,
            call_function=lambda address, args: calls.append(("call", address, args)) or 0,
        )
        self.assertTrue(platform.become_subreaper(native=native))
        self.assertEqual(calls, [("dlopen", None, 2), ("dlsym", 11, "prctl"), ("call", 22, (36, 1, 0, 0, 0))])
        failing = types.SimpleNamespace(dlopen=lambda *a: 1, dlsym=lambda *a: 2, call_function=lambda *a: -1)
        self.assertFalse(platform.become_subreaper(native=failing))

    @unittest.skipUnless(sys.platform.startswith("linux"), "PR_SET_CHILD_SUBREAPER is Linux's")
    def test_subreaper_really_adopts_orphans_without_importing_ctypes(self):
        # A child that becomes the subreaper, then double-forks: the grandchild,
        # orphaned, must become its child, and ctypes must not have been imported.
        code = (
            "import os, sys, time\n"
            "sys.path.insert(0, %r)\n"
            "import _pytutor_platform as p\n"
            "ok = p.become_subreaper()\n"
            "r, w = os.pipe()\n"
            "if os.fork() == 0:\n"
            "    if os.fork() == 0:\n"
            "        os.close(w); os.read(r, 1); os._exit(0)\n"
            "    os._exit(0)\n"
            "os.wait()\n"
            "time.sleep(0.05)\n"
            "print(ok, len(p.linux_children()), 'ctypes' in sys.modules)\n"
            "os.close(w)\n"
        ) % os.path.dirname(platform.__file__)
        out = subprocess.run([sys.executable, "-I", "-S", "-c", code], stdout=subprocess.PIPE, universal_newlines=True, timeout=20).stdout
        self.assertEqual(out, "True 1 False\n")


@unittest.skipUnless(ctypes.sizeof(ctypes.c_void_p) == 8, "the layout checked is 64-bit Windows'")
class JobLayoutTest(unittest.TestCase):
    def test_structures_match_winnt_h_on_64_bit(self):
        basic, io_counters, extended = platform.job_structures()
        self.assertEqual(ctypes.sizeof(io_counters), 48)
        self.assertEqual(ctypes.sizeof(basic), 64)
        self.assertEqual(ctypes.sizeof(extended), 144)
        offsets = {name: getattr(basic, name).offset for name, _ in basic._fields_}
        self.assertEqual(offsets, {
            "PerProcessUserTimeLimit": 0, "PerJobUserTimeLimit": 8, "LimitFlags": 16, "MinimumWorkingSetSize": 24,
            "MaximumWorkingSetSize": 32, "ActiveProcessLimit": 40, "Affinity": 48, "PriorityClass": 56, "SchedulingClass": 60,
        })
        offsets = {name: getattr(extended, name).offset for name, _ in extended._fields_}
        self.assertEqual(offsets, {
            "BasicLimitInformation": 0, "IoInfo": 64, "ProcessMemoryLimit": 112, "JobMemoryLimit": 120,
            "PeakProcessMemoryUsed": 128, "PeakJobMemoryUsed": 136,
        })


class WindowsJobTest(unittest.TestCase):
    def test_the_job_carries_the_limits_and_is_never_closed(self):
        kernel32 = FakeKernel32()
        self.assertEqual(platform.create_job(LIMITS, kernel32), (True, True, True))
        self.assertEqual(kernel32.names(), ["CreateJobObjectW", "SetInformationJobObject", "GetCurrentProcess", "AssignProcessToJobObject"])
        self.assertEqual(kernel32.calls[0][1:], (None, None))
        self.assertEqual(kernel32.calls[1][1:], (1234, 9, ctypes.sizeof(kernel32.info)))
        self.assertEqual(kernel32.calls[3][1:], (1234, -1))
        info = kernel32.info
        basic = info.BasicLimitInformation
        self.assertEqual(basic.LimitFlags, 0x2000 | 0x400 | 0x4 | 0x100 | 0x8)
        self.assertEqual(basic.PerJobUserTimeLimit, 31 * 10 ** 7)
        self.assertEqual(basic.PerProcessUserTimeLimit, 0)
        self.assertEqual(basic.ActiveProcessLimit, 40)
        # memoryMb when given (committed memory), not the POSIX address space.
        self.assertEqual(info.ProcessMemoryLimit, 512 * 1024 * 1024)
        self.assertEqual(info.JobMemoryLimit, 0)

    def test_address_space_is_the_fallback_for_memory(self):
        kernel32 = FakeKernel32()
        platform.create_job({"addressSpaceMb": 2048}, kernel32)
        self.assertEqual(kernel32.info.ProcessMemoryLimit, 2048 * 1024 * 1024)
        self.assertEqual(kernel32.info.BasicLimitInformation.LimitFlags, 0x2000 | 0x400 | 0x100)

    def test_without_limits_the_job_still_kills_the_tree(self):
        kernel32 = FakeKernel32()
        self.assertEqual(platform.create_job({}, kernel32), (True, False, False))
        self.assertEqual(kernel32.info.BasicLimitInformation.LimitFlags, 0x2000 | 0x400)

    def test_failures_close_the_handle_and_report_no_job(self):
        for kernel32, closed in ((FakeKernel32(create=0), False), (FakeKernel32(set_ok=0), True), (FakeKernel32(assign_ok=0), True)):
            self.assertEqual(platform.create_job(LIMITS, kernel32), (False, False, False))
            self.assertEqual("CloseHandle" in kernel32.names(), closed, kernel32.names())
        broken = types.SimpleNamespace()
        self.assertEqual(platform.create_job(LIMITS, broken), (False, False, False))

    def test_setup_on_windows_reports_the_job(self):
        kernel32 = FakeKernel32()
        caps, children = platform.setup('{"cpuSeconds": 5, "memoryMb": 256}', "", "", platform="win32", kernel32=kernel32)
        self.assertEqual(caps, {"limits": True, "memory": True, "treeKill": True, "stackDump": False, "job": True})
        self.assertEqual(children(), [])
        caps, _ = platform.setup("", "", "", platform="win32", kernel32=FakeKernel32(assign_ok=0))
        self.assertEqual(caps, {"limits": False, "memory": False, "treeKill": False, "stackDump": False, "job": False})

    def test_a_child_without_limits_makes_no_job(self):
        kernel32 = FakeKernel32()
        platform.setup("", "", "", main=False, platform="win32", kernel32=kernel32)
        self.assertEqual(kernel32.calls, [])


class StackDumpTest(unittest.TestCase):
    def test_signal_where_there_is_sigusr1(self):
        calls = []
        faulthandler = types.SimpleNamespace(register=lambda *a, **k: calls.append(("register", a, k)),
                                             dump_traceback_later=lambda *a, **k: calls.append(("later", a, k)))
        opened = []
        ok = platform.install_stack_dump("stacks.txt", "", faulthandler, types.SimpleNamespace(SIGUSR1=10),
                                         opener=lambda path, mode: opened.append((path, mode)) or "stream")
        self.assertTrue(ok)
        self.assertEqual(opened, [("stacks.txt", "w")])
        self.assertEqual(calls, [("register", (10,), {"file": "stream", "all_threads": True})])

    def test_timer_where_there_is_no_sigusr1(self):
        calls = []
        faulthandler = types.SimpleNamespace(dump_traceback_later=lambda *a, **k: calls.append((a, k)))
        ok = platform.install_stack_dump("stacks.txt", "2.5", faulthandler, types.SimpleNamespace(), opener=lambda p, m: "stream")
        self.assertTrue(ok)
        self.assertEqual(calls, [((2.5,), {"repeat": False, "file": "stream", "exit": False})])
        # Without the runner's delay there is nothing to arm, and no file is made.
        opened = []
        self.assertFalse(platform.install_stack_dump("stacks.txt", "", faulthandler, types.SimpleNamespace(),
                                                     opener=lambda p, m: opened.append(p)))
        self.assertEqual(opened, [])
        self.assertFalse(platform.install_stack_dump("", "2", faulthandler, types.SimpleNamespace()))

    def test_the_timed_dump_really_names_the_threads(self):
        # The Windows path, run here: real faulthandler, no SIGUSR1.
        with tempfile.TemporaryDirectory() as folder:
            stacks = os.path.join(folder, "stacks.txt")
            program = (
                "import sys, threading, time, types\n"
                "sys.path.insert(0, %r)\n"
                "import _pytutor_platform as p\n"
                "assert p.install_stack_dump(%r, '0.5', signal=types.SimpleNamespace())\n"
                "def stuck():\n    time.sleep(3)\n"
                "threading.Thread(target=stuck, daemon=True).start()\n"
                "time.sleep(1.5)\n" % (probe_launch.PROBE_DIR, stacks)
            )
            subprocess.run([probe_launch.PYTHON, "-c", program], check=True, timeout=60)
            with open(stacks) as f:
                text = f.read()
        self.assertIn("in stuck", text)
        self.assertEqual(text.count("Thread 0x"), 2, text)


class NewlineTest(unittest.TestCase):
    def test_windows_stdout_writes_no_carriage_return(self):
        import io
        self.assertEqual(platform.stdout_newline("win32"), "\n")
        self.assertIsNone(platform.stdout_newline("linux"))
        raw = io.BytesIO()
        # A stream that would translate "\n" to "\r\n", as Windows' does.
        stream = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
        platform.line_buffered(stream, platform.stdout_newline("win32"))
        stream.write("a\nb\n")
        self.assertTrue(stream.line_buffering)
        self.assertEqual(raw.getvalue(), b"a\nb\n")


class JsonTest(unittest.TestCase):
    # The probe reads the runner's JSON and writes its events through _json,
    # json's own C accelerator, without importing the json package.
    def test_the_encoder_writes_what_json_reads_back(self):
        import json
        encode = platform.json_encoder(lambda value: "<%s>" % type(value).__name__)
        # This CPython's accelerator is used, not the json package's encoder.
        self.assertNotIsInstance(getattr(encode, "__self__", None), json.JSONEncoder)
        values = [
            {"event": "o", "t": 0.000123, "k": "0123", "s": "línea con ñ, 汉字 y \u2028\n\t\"comillas\" \\ \x00", "pid": 4242},
            {"nested": [[], {}, [1, [2, [3]]], {"a": {"b": None}}], "big": 10 ** 30, "neg": -7, "f": 1e-300, "g": 2.5e300},
            {"flags": [True, False, None], "text": "\ud83d\ude00 emoji", "surrogate": "\udc80"},
            {1: "int key", 2.5: "float key", True: "bool key", None: "none key"},
        ]
        for value in values:
            text = encode(value)
            self.assertEqual(text, text.encode("ascii").decode("ascii"))
            self.assertEqual(json.loads(text), json.loads(json.dumps(value)))
        self.assertEqual(json.loads(encode({"b": b"bytes", "s": {1}})), {"b": "<bytes>", "s": "<set>"})
        self.assertEqual(encode({"x": float("nan"), "y": float("inf")}), '{"x":NaN,"y":Infinity}')

    def test_loads_reads_json_and_refuses_the_rest(self):
        import json
        for text in ('{"fallos": "fib.cache_info().misses", "ñ": "a\\u00e9\\n"}', '["functools.lru_cache", "time.sleep"]',
                     '{"cpuSeconds": 30, "memoryMb": 512.5, "x": [true, false, null, -1e3]}', '[]', '{}', '"s"', '7'):
            self.assertEqual(platform.json_loads(text), json.loads(text), text)
        for text in ("", " ", "x", '{"a": 1} x', "NaN", "Infinity", "[1,", '{"a" 1}', "{'a': 1}"):
            with self.assertRaises(ValueError, msg=text):
                platform.json_loads(text)


class ProbeOnThisMachineTest(unittest.TestCase):
    def test_hello_reports_what_was_set_up(self):
        limited = probe_launch.run("print('x')\n", limits={"cpuSeconds": 5, "addressSpaceMb": 4096, "fileSizeMb": 16, "openFiles": 256})
        free = probe_launch.run("print('x')\n")
        for run in (limited, free):
            self.assertEqual(run.probed_stdout(), "x\n")
            hello = run.of("hello")[0]
            self.assertEqual(hello["token"], probe_launch.TOKEN)
            self.assertEqual(sorted(hello["caps"]), ["job", "limits", "memory", "stackDump", "treeKill"])
            self.assertTrue(all(isinstance(v, bool) for v in hello["caps"].values()))
            self.assertTrue(hello["caps"]["stackDump"])
            self.assertEqual(hello["caps"]["job"], sys.platform == "win32")
            self.assertEqual(hello["caps"]["treeKill"], sys.platform.startswith("linux") or sys.platform == "win32")
        self.assertTrue(limited.of("hello")[0]["caps"]["limits"])
        self.assertEqual(limited.of("hello")[0]["caps"]["memory"], sys.platform != "darwin")
        self.assertFalse(free.of("hello")[0]["caps"]["limits"])

    def test_the_program_sees_none_of_it(self):
        run = probe_launch.run(r'''
import os, sys
print(sorted(k for k in os.environ if k.startswith("PYTUTOR_") and k != "PYTUTOR_RUN"))
print("_pytutor_platform" in sys.modules, "_pytutor_probe" in sys.modules)
''', env={"PYTUTOR_DUMP_AFTER": "30"})
        self.assertEqual(run.probed_stdout(), "[]\nFalse False\n")
        self.assertEqual(run.of("tamper"), [])

    def test_an_empty_program_starts_without_json_or_traceback(self):
        # Start-up pays only for what the probe needs before the program runs.
        run = probe_launch.run("import sys\nprint(sorted(m for m in ('json', 'traceback', 'linecache', 'tokenize') if m in sys.modules))\n",
                               limits={"cpuSeconds": 5}, env={"PYTUTOR_INSPECT": '{"a": "1 + 1"}', "PYTUTOR_COUNT": '["functools.lru_cache"]'})
        self.assertEqual(run.probed_stdout(), "[]\n")
        self.assertEqual(run.of("tamper"), [])
        self.assertEqual([(e["name"], e["value"]) for e in run.of("inspect")], [("a", 2)])

    def test_importing_the_platform_layer_is_reported(self):
        run = probe_launch.run("import _pytutor_platform\n")
        self.assertEqual([t["what"] for t in run.of("tamper")], [["import _pytutor_platform"]])


if __name__ == "__main__":
    unittest.main()
