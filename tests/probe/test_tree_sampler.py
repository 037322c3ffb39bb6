# The outside sampler of a run's process tree (src/probe/_pytutor_tree_sampler.py):
# its macOS backend against a fake libproc (the C structs at the layout of
# <sys/proc_info.h>, the Mach timebase), its sampling loop with a fake clock,
# and, on Linux, the whole helper for real on processes that burn CPU.
import ctypes
import json
import os
import subprocess
import sys
import time
import unittest

import probe_launch

sys.path.insert(0, probe_launch.PROBE_DIR)
import _pytutor_tree_sampler as sampler  # noqa: E402

sys.path.remove(probe_launch.PROBE_DIR)

HELPER = os.path.join(probe_launch.PROBE_DIR, "_pytutor_tree_sampler.py")
PYTHON = probe_launch.PYTHON


class FakeProc(object):
    def __init__(self, pid, ppid, pgid, user, system, rss, threads, start, comm, name=b"", task=True):
        self.pid, self.ppid, self.pgid = pid, ppid, pgid
        self.user, self.system, self.rss, self.threads = user, system, rss, threads
        self.start, self.comm, self.name, self.task = start, comm, name, task


class FakeLibproc(object):
    # libproc's and mach's functions as the helper calls them, writing into the
    # ctypes buffers it passes (byref: the object is `._obj`).
    def __init__(self, procs, numer=125, denom=3, timebase_ok=True):
        self.procs = dict((p.pid, p) for p in procs)
        self.numer, self.denom, self.timebase_ok = numer, denom, timebase_ok
        self.calls = []

    def mach_timebase_info(self, ref):
        info = ref._obj
        info.numer, info.denom = self.numer, self.denom
        return 0 if self.timebase_ok else 5

    def proc_listpids(self, kind, value, buf, size):
        self.calls.append(("proc_listpids", kind, value))
        if kind == sampler.PROC_PPID_ONLY:
            pids = [p.pid for p in self.procs.values() if p.ppid == value]
        elif kind == sampler.PROC_PGRP_ONLY:
            pids = [p.pid for p in self.procs.values() if p.pgid == value]
        else:
            return -1
        capacity = size // ctypes.sizeof(ctypes.c_int)
        for i, pid in enumerate(pids[:capacity]):
            buf[i] = pid
        # The kernel answers in bytes, and may leave zeros at the end.
        if len(pids) < capacity:
            buf[len(pids)] = 0
        return min(len(pids) + 1, capacity) * ctypes.sizeof(ctypes.c_int)

    def proc_pidinfo(self, pid, flavor, arg, ref, size):
        self.calls.append(("proc_pidinfo", pid, flavor, size))
        proc = self.procs.get(pid)
        if proc is None:
            return 0
        out = ref._obj
        if flavor == sampler.PROC_PIDTBSDINFO and size == 136:
            out.pbi_pid, out.pbi_ppid, out.pbi_pgid = pid, proc.ppid, proc.pgid
            out.pbi_comm, out.pbi_name = proc.comm, proc.name
            out.pbi_start_tvsec, out.pbi_start_tvusec = proc.start
            return size
        if flavor == sampler.PROC_PIDTASKINFO and size == 96 and proc.task:
            out.pti_total_user, out.pti_total_system = proc.user, proc.system
            out.pti_resident_size, out.pti_threadnum = proc.rss, proc.threads
            return size
        return 0


# A run on an Apple Silicon Mac: the shell (root, its group's leader), the
# interpreter, a pool of two workers, a zombie, and an orphan of the group
# whose parent already ended. CPU in Mach units: 24e6 × 125/3 ns = 1 s.
def apple_silicon_run():
    return FakeLibproc([
        FakeProc(100, 50, 100, 240000, 0, 1 << 20, 1, (1700000000, 5), b"sh"),
        FakeProc(101, 100, 100, 24000000, 12000000, 30 << 20, 4, (1700000000, 9), b"Python"),
        FakeProc(102, 101, 100, 48000000, 0, 20 << 20, 1, (1700000001, 0), b"Python"),
        FakeProc(103, 101, 100, 24000000, 0, 20 << 20, 1, (1700000001, 1), b"Python", b"python3.12"),
        FakeProc(104, 101, 100, 0, 0, 0, 0, (1700000001, 2), b"Python", task=False),
        FakeProc(105, 1, 100, 2400000, 0, 1 << 20, 2, (1700000001, 3), b"orphan\nname\x01"),
        FakeProc(200, 1, 200, 99, 99, 99, 1, (1600000000, 0), b"other"),
    ])


class StructLayoutTest(unittest.TestCase):
    def test_sizes_match_sys_proc_info_h(self):
        self.assertEqual(ctypes.sizeof(sampler.ProcTaskInfo), 96)
        self.assertEqual(ctypes.sizeof(sampler.ProcBsdInfo), 136)
        self.assertEqual(ctypes.sizeof(sampler.MachTimebaseInfo), 8)

    def test_field_offsets(self):
        for struct, field, offset in (
            (sampler.ProcTaskInfo, "pti_resident_size", 8),
            (sampler.ProcTaskInfo, "pti_total_user", 16),
            (sampler.ProcTaskInfo, "pti_total_system", 24),
            (sampler.ProcTaskInfo, "pti_threadnum", 84),
            (sampler.ProcBsdInfo, "pbi_ppid", 16),
            (sampler.ProcBsdInfo, "pbi_comm", 48),
            (sampler.ProcBsdInfo, "pbi_name", 64),
            (sampler.ProcBsdInfo, "pbi_pgid", 100),
            (sampler.ProcBsdInfo, "pbi_start_tvsec", 120),
            (sampler.ProcBsdInfo, "pbi_start_tvusec", 128),
        ):
            self.assertEqual(getattr(struct, field).offset, offset, field)

    def test_buffers_pass_through_void_pointer_arguments(self):
        # The helper declares every buffer as c_void_p and passes byref(struct)
        # or an array: ctypes must hand the C function the buffer's address
        # (libc's memset, present on every Unix, stands for libproc).
        libc = ctypes.CDLL(None)
        libc.memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
        libc.memset.restype = ctypes.c_void_p
        info = sampler.ProcBsdInfo()
        libc.memset(ctypes.byref(info), 0xFF, ctypes.sizeof(info))
        self.assertEqual(info.pbi_start_tvusec, 2 ** 64 - 1)
        pids = (ctypes.c_int * 4)()
        libc.memset(pids, 0, ctypes.sizeof(pids))
        libc.memset(pids, 1, 1)
        self.assertEqual(list(pids), [1, 0, 0, 0])


class LibprocBackendTest(unittest.TestCase):
    def test_apple_silicon_times_are_converted_with_the_timebase(self):
        backend = sampler.LibprocBackend(apple_silicon_run())
        row = backend.info(101)
        self.assertEqual(row, [101, 100, 1.5, 30 << 20, 4, "1700000000.000009", "Python"])

    def test_intel_times_are_nanoseconds(self):
        lib = FakeLibproc([FakeProc(7, 1, 7, 1500000000, 250000000, 4096, 2, (5, 6), b"python3")], numer=1, denom=1)
        self.assertEqual(sampler.LibprocBackend(lib).info(7), [7, 1, 1.75, 4096, 2, "5.000006", "python3"])

    def test_the_unit_is_checked_against_the_helpers_own_cpu(self):
        # Process 9 is the helper itself: 0.05 s of its own CPU so far.
        def lib(numer, denom, units):
            return FakeLibproc([FakeProc(9, 1, 9, units, 0, 4096, 1, (1, 0), b"python3")], numer=numer, denom=denom)

        cases = (
            ("Apple Silicon, native", 125, 3, 1200000, 125.0 / 3 / 1e9),
            ("Intel", 1, 1, 50000000, 1e-9),
            ("x86_64 under Rosetta: told 1/1, counted in ticks", 1, 1, 1200000, 125.0 / 3 / 1e9),
            ("told 125/3, counted in ns", 125, 3, 50000000, 1e-9),
            ("nothing matches: the timebase stands", 1, 1, 7, 1e-9),
        )
        for name, numer, denom, units, unit in cases:
            backend = sampler.LibprocBackend(lib(numer, denom, units), own_cpu=lambda: 0.05, own_pid=9)
            self.assertAlmostEqual(backend.seconds_per_unit / unit, 1.0, 9, name)
        # Too little of its own CPU to judge, or its own figures unreadable: the timebase.
        self.assertEqual(sampler.LibprocBackend(lib(1, 1, 1200000), own_cpu=lambda: 0.001, own_pid=9).seconds_per_unit, 1e-9)
        self.assertEqual(sampler.LibprocBackend(lib(1, 1, 1200000), own_cpu=lambda: 0.05, own_pid=10).seconds_per_unit, 1e-9)

    def test_a_failed_timebase_is_no_backend(self):
        with self.assertRaises(OSError):
            sampler.LibprocBackend(FakeLibproc([], timebase_ok=False))
        with self.assertRaises(OSError):
            sampler.LibprocBackend(FakeLibproc([], denom=0))

    def test_the_tree_and_the_group_are_walked(self):
        lib = apple_silicon_run()
        backend = sampler.LibprocBackend(lib)
        rows = sampler.snapshot(backend, 100, True)
        self.assertEqual(sorted(r[0] for r in rows), [100, 101, 102, 103, 104, 105])
        by_pid = dict((r[0], r) for r in rows)
        self.assertEqual(by_pid[102][2], 2.0)
        # pbi_name when registered, else pbi_comm; unprintable characters replaced.
        self.assertEqual(by_pid[103][6], "python3.12")
        self.assertEqual(by_pid[105][6], "orphan?name?")
        # A zombie has no task to read: present (the root may be one), CPU unknown.
        self.assertEqual(by_pid[104][2], None)
        self.assertIn(("proc_listpids", sampler.PROC_PGRP_ONLY, 100), lib.calls)
        self.assertNotIn(200, by_pid)

    def test_a_vanished_process_is_skipped(self):
        lib = apple_silicon_run()
        del lib.procs[102]
        rows = sampler.snapshot(sampler.LibprocBackend(lib), 100, True)
        self.assertNotIn(102, [r[0] for r in rows])

    def test_pids_listed_come_from_the_buffer_in_bytes(self):
        backend = sampler.LibprocBackend(apple_silicon_run())
        self.assertEqual(sorted(backend.children(101)), [102, 103, 104])
        self.assertEqual(sorted(backend.group(100)), [100, 101, 102, 103, 104, 105])
        self.assertEqual(backend.children(999), [])


class FakeClock(object):
    def __init__(self):
        self.now = 1000.0
        self.slept = []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(round(seconds, 6))
        self.now += seconds


class WatchTest(unittest.TestCase):
    def run_watch(self, lib, steps, write_ok=True):
        # `steps`: a function called before each sample with its number.
        clock = FakeClock()
        lines = []
        state = {"n": 0}
        backend = sampler.LibprocBackend(lib)

        def write(line):
            lines.append(json.loads(line))
            state["n"] += 1
            steps(state["n"], lib, clock)
            return write_ok

        why = sampler.watch(backend, 100, 0.05, write, clock=clock.clock, sleep=clock.sleep, cpu=lambda: 0.5)
        return why, lines, clock

    def test_samples_every_interval_until_the_root_is_gone_and_writes_that_last_sample(self):
        def steps(n, lib, clock):
            lib.procs[102].user += 2400000
            clock.now += 0.01
            if n == 3:
                del lib.procs[100]

        why, lines, clock = self.run_watch(apple_silicon_run(), steps)
        self.assertEqual(why, "root gone")
        self.assertEqual(len(lines), 4)
        self.assertEqual(clock.slept, [0.04, 0.04, 0.04])
        self.assertEqual([line["t"] for line in lines], [1000.0, 1000.05, 1000.1, 1000.15])
        self.assertEqual(lines[0]["self"], 0.5)
        cpu_102 = [dict((r[0], r[2]) for r in line["p"])[102] for line in lines]
        self.assertEqual(cpu_102, [2.0, 2.1, 2.2, 2.3])
        # The zombie's unknown CPU is never written.
        self.assertTrue(all(r[2] is not None for line in lines for r in line["p"]))
        self.assertNotIn(100, [r[0] for r in lines[-1]["p"]])

    def test_a_root_pid_reused_by_another_process_is_a_root_gone(self):
        def steps(n, lib, clock):
            lib.procs[100].start = (1800000000, 0)

        why, lines, _ = self.run_watch(apple_silicon_run(), steps)
        self.assertEqual((why, len(lines)), ("root gone", 2))

    def test_a_starved_helper_does_not_burst_to_catch_up(self):
        def steps(n, lib, clock):
            clock.now += 0.3
            if n == 3:
                del lib.procs[100]

        _, lines, clock = self.run_watch(apple_silicon_run(), steps)
        self.assertEqual(clock.slept, [])
        self.assertEqual(len(lines), 4)

    def test_stops_when_pytutor_is_gone(self):
        why, lines, _ = self.run_watch(apple_silicon_run(), lambda n, lib, clock: None, write_ok=False)
        self.assertEqual((why, len(lines)), ("pytutor gone", 1))


def helper(root, *extra):
    # The helper as pytutor starts it: isolated, without site, stdin a pipe.
    return subprocess.Popen([PYTHON, "-I", "-S", HELPER, str(root), "50"] + list(extra), stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd="/", env={"PATH": "/usr/bin:/bin"})


BURN = """
import os, sys, time
def burn(seconds):
    end = time.time() + seconds
    while time.time() < end:
        pass
child = os.fork()
if child == 0:
    burn(0.8)
    os._exit(0)
burn(0.8)
os.waitpid(child, 0)
"""


@unittest.skipUnless(sys.platform.startswith("linux") and os.path.isdir("/proc/self"), "procfs backend: Linux only")
class ProcfsHelperTest(unittest.TestCase):
    def test_two_processes_burning_at_once_are_both_seen_until_the_root_ends(self):
        program = subprocess.Popen([PYTHON, "-c", BURN])
        watcher = helper(program.pid)
        try:
            # stdin stays open (pytutor alive): the helper ends because the root did.
            out = watcher.stdout.read()
            watcher.wait(timeout=60)
            err = watcher.stderr.read()
        finally:
            program.wait()
            watcher.stdin.close()
            watcher.stdout.close()
            watcher.stderr.close()
        self.assertEqual(watcher.returncode, 0, err)
        lines = [json.loads(line) for line in out.decode().splitlines()]
        self.assertEqual(lines[0], {"v": 1, "backend": "procfs", "root": program.pid})
        samples = lines[1:]
        self.assertGreater(len(samples), 5)
        both = [s for s in samples if len(s["p"]) == 2]
        self.assertTrue(both, samples)
        last_both = dict((r[0], r) for r in both[-1]["p"])
        self.assertEqual(last_both[program.pid][1], os.getpid())
        child = [pid for pid in last_both if pid != program.pid][0]
        self.assertEqual(last_both[child][1], program.pid)
        # Each burned CPU while both were alive; counters never go back.
        self.assertGreater(last_both[program.pid][2], 0.05)
        self.assertGreater(last_both[child][2], 0.05)
        root_cpu = [dict((r[0], r[2]) for r in s["p"]).get(program.pid) for s in samples]
        root_cpu = [c for c in root_cpu if c is not None]
        self.assertEqual(root_cpu, sorted(root_cpu))
        # (An exiting process may already have given its memory back.)
        self.assertTrue(all(r[3] >= 0 and r[4] >= 1 and r[5] and r[6] for s in both for r in s["p"]), both)
        self.assertTrue(any(r[3] > 0 for s in both for r in s["p"]), both)
        # The last sample is the one without the root.
        self.assertNotIn(program.pid, [r[0] for r in samples[-1]["p"]])
        times = [s["t"] for s in samples]
        self.assertEqual(times, sorted(times))

    def test_it_ends_when_its_stdin_closes(self):
        program = subprocess.Popen([PYTHON, "-c", "import time; time.sleep(30)"])
        watcher = helper(program.pid)
        try:
            first = watcher.stdout.readline()
            self.assertIn(b'"backend": "procfs"', first)
            watcher.stdin.close()
            started = time.time()
            watcher.wait(timeout=10)
            self.assertLess(time.time() - started, 5)
            self.assertEqual(watcher.returncode, 0)
        finally:
            program.kill()
            program.wait()
            if watcher.poll() is None:
                watcher.kill()
                watcher.wait()
            watcher.stdout.close()
            watcher.stderr.close()


class HelperRefusesTest(unittest.TestCase):
    def first_line(self, *args):
        watcher = subprocess.Popen([PYTHON, "-I", "-S", HELPER] + list(args), stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = watcher.communicate(timeout=30)
        return watcher.returncode, [json.loads(line) for line in out.decode().splitlines()], err

    def test_no_backend_here_is_said_on_its_first_line(self):
        code, lines, err = self.first_line(str(os.getpid()), "50", "--backend", "none")
        self.assertEqual((code, lines), (0, [{"v": 1, "error": "OSError: sampling disabled on request"}]), err)
        if sys.platform != "darwin":
            code, lines, err = self.first_line(str(os.getpid()), "50", "--backend", "libproc")
            self.assertEqual(code, 0, err)
            self.assertEqual(len(lines), 1)
            self.assertTrue(lines[0]["error"].startswith("OSError: libproc not found"), lines)

    def test_bad_arguments(self):
        for args in ((), ("x", "50"), ("0", "50"), ("12", "-5")):
            code, lines, _ = self.first_line(*args)
            self.assertEqual(code, 2, args)
            self.assertIn("usage", lines[0]["error"])

    def test_backend_choice_by_system(self):
        with self.assertRaises(OSError):
            sampler.make_backend(None, platform="sunos5")
        with self.assertRaises(OSError):
            sampler.make_backend("none")


if __name__ == "__main__":
    unittest.main()
