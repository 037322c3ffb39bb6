# pytutor's outside watch of a run's process tree where Node cannot read it
# cheaply (macOS has no /proc, and a `ps` per 50 ms sample would cost a
# process each time). pytutor starts it with the learner's own CPython, as its
# own child (never the program's), and reads one line per sample:
#
#   {"v": 1, "backend": "libproc", "root": 4242}          first line, or
#   {"v": 1, "error": "why it cannot sample here"}        and it exits
#   {"t": <monotonic s>, "self": <own CPU s>, "p": [[pid, ppid, cpu_s, rss_bytes, threads, "start", "name"], ...]}
#
# `p` holds every process of the run's tree (children walked from the root)
# and of the root's process group; a zombie is left out (its CPU cannot be
# read on macOS). It exits when its stdin closes (pytutor ended) or after a
# sample in which the root was gone (or a zombie).
# Usage: python -I -S _pytutor_tree_sampler.py ROOT_PID INTERVAL_MS [--backend libproc|procfs|none]
# Standard library only; CPython 3.8 to 3.13. Not part of the probe: it is
# never on a run's PYTHONPATH.
import ctypes
import json
import os
import sys
import threading
import time

# A run may hold at most this many processes in one sample (as Linux's sampler).
MAX_TREE = 4096
# procfs: the process group costs a read of every /proc/<pid>/stat, so it is
# scanned every this many samples (children are walked every sample).
GROUP_EVERY = 5


def clean_name(raw):
    # A command name as a line can carry it: printable ASCII, at most 64 characters.
    return "".join(c if " " <= c <= "~" else "?" for c in raw)[:64]


# ---------------------------------------------------------------- macOS ----

PROC_PGRP_ONLY = 2
PROC_PPID_ONLY = 6
PROC_PIDTBSDINFO = 3
PROC_PIDTASKINFO = 4
MAXCOMLEN = 16


class ProcTaskInfo(ctypes.Structure):
    # <sys/proc_info.h> struct proc_taskinfo (96 bytes).
    _fields_ = [
        ("pti_virtual_size", ctypes.c_uint64),
        ("pti_resident_size", ctypes.c_uint64),
        ("pti_total_user", ctypes.c_uint64),
        ("pti_total_system", ctypes.c_uint64),
        ("pti_threads_user", ctypes.c_uint64),
        ("pti_threads_system", ctypes.c_uint64),
        ("pti_policy", ctypes.c_int32),
        ("pti_faults", ctypes.c_int32),
        ("pti_pageins", ctypes.c_int32),
        ("pti_cow_faults", ctypes.c_int32),
        ("pti_messages_sent", ctypes.c_int32),
        ("pti_messages_received", ctypes.c_int32),
        ("pti_syscalls_mach", ctypes.c_int32),
        ("pti_syscalls_unix", ctypes.c_int32),
        ("pti_csw", ctypes.c_int32),
        ("pti_threadnum", ctypes.c_int32),
        ("pti_numrunning", ctypes.c_int32),
        ("pti_priority", ctypes.c_int32),
    ]


class ProcBsdInfo(ctypes.Structure):
    # <sys/proc_info.h> struct proc_bsdinfo (136 bytes).
    _fields_ = [
        ("pbi_flags", ctypes.c_uint32),
        ("pbi_status", ctypes.c_uint32),
        ("pbi_xstatus", ctypes.c_uint32),
        ("pbi_pid", ctypes.c_uint32),
        ("pbi_ppid", ctypes.c_uint32),
        ("pbi_uid", ctypes.c_uint32),
        ("pbi_gid", ctypes.c_uint32),
        ("pbi_ruid", ctypes.c_uint32),
        ("pbi_rgid", ctypes.c_uint32),
        ("pbi_svuid", ctypes.c_uint32),
        ("pbi_svgid", ctypes.c_uint32),
        ("rfu_1", ctypes.c_uint32),
        ("pbi_comm", ctypes.c_char * MAXCOMLEN),
        ("pbi_name", ctypes.c_char * (2 * MAXCOMLEN)),
        ("pbi_nfiles", ctypes.c_uint32),
        ("pbi_pgid", ctypes.c_uint32),
        ("pbi_pjobc", ctypes.c_uint32),
        ("e_tdev", ctypes.c_uint32),
        ("e_tpgid", ctypes.c_uint32),
        ("pbi_nice", ctypes.c_int32),
        ("pbi_start_tvsec", ctypes.c_uint64),
        ("pbi_start_tvusec", ctypes.c_uint64),
    ]


class MachTimebaseInfo(ctypes.Structure):
    _fields_ = [("numer", ctypes.c_uint32), ("denom", ctypes.c_uint32)]


LIBSYSTEM = ("/usr/lib/libSystem.B.dylib", "/usr/lib/libproc.dylib")


def load_libsystem():
    # libproc's and mach's functions, with their C signatures.
    last = None
    for path in LIBSYSTEM:
        try:
            lib = ctypes.CDLL(path, use_errno=True)
            break
        except OSError as error:
            last = error
    else:
        raise OSError("libproc not found: %s" % last)
    lib.proc_listpids.argtypes = [ctypes.c_uint32, ctypes.c_uint32, ctypes.c_void_p, ctypes.c_int]
    lib.proc_listpids.restype = ctypes.c_int
    lib.proc_pidinfo.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_uint64, ctypes.c_void_p, ctypes.c_int]
    lib.proc_pidinfo.restype = ctypes.c_int
    lib.mach_timebase_info.argtypes = [ctypes.c_void_p]
    lib.mach_timebase_info.restype = ctypes.c_int
    return lib


class LibprocBackend(object):
    # macOS through libproc: CPU times come in Mach absolute-time units
    # (nanoseconds on Intel, where numer == denom; 125/3 ns on Apple Silicon).
    name = "libproc"

    def __init__(self, lib=None, own_cpu=time.process_time, own_pid=None):
        self.lib = lib if lib is not None else load_libsystem()
        base = MachTimebaseInfo()
        if self.lib.mach_timebase_info(ctypes.byref(base)) != 0 or base.denom == 0:
            raise OSError("mach_timebase_info failed")
        self.seconds_per_unit = base.numer / float(base.denom) / 1e9
        self.pids = (ctypes.c_int * MAX_TREE)()
        self.calibrate(own_cpu(), self.raw_cpu(os.getpid() if own_pid is None else own_pid))

    def raw_cpu(self, pid):
        task = ProcTaskInfo()
        if self.lib.proc_pidinfo(pid, PROC_PIDTASKINFO, 0, ctypes.byref(task), ctypes.sizeof(task)) != ctypes.sizeof(task):
            return None
        return task.pti_total_user + task.pti_total_system

    def calibrate(self, own_seconds, own_units):
        # The kernel counts in its own ticks; an x86_64 CPython under Rosetta
        # is told a 1/1 timebase while they are Apple Silicon's 125/3 ns. This
        # helper's own CPU so far (its start-up, some tens of ms), as the
        # kernel converts it for getrusage, says which unit is right.
        if own_units is None or own_units <= 0 or own_seconds < 0.005:
            return
        ratio = own_units * self.seconds_per_unit / own_seconds
        if 0.5 <= ratio <= 2:
            return
        for candidate in (1e-9, 125.0 / 3 / 1e9):
            if 0.5 <= own_units * candidate / own_seconds <= 2:
                self.seconds_per_unit = candidate
                return

    def _list(self, kind, value):
        size = self.lib.proc_listpids(kind, value, self.pids, ctypes.sizeof(self.pids))
        if size <= 0:
            return []
        count = min(size // ctypes.sizeof(ctypes.c_int), MAX_TREE)
        return [pid for pid in self.pids[:count] if pid > 0]

    def children(self, pid):
        return self._list(PROC_PPID_ONLY, pid)

    def group(self, pgid):
        return self._list(PROC_PGRP_ONLY, pgid)

    def info(self, pid):
        bsd = ProcBsdInfo()
        if self.lib.proc_pidinfo(pid, PROC_PIDTBSDINFO, 0, ctypes.byref(bsd), ctypes.sizeof(bsd)) != ctypes.sizeof(bsd):
            return None
        task = ProcTaskInfo()
        # A zombie (or another user's process) has BSD info but no task: no CPU to read.
        if self.lib.proc_pidinfo(pid, PROC_PIDTASKINFO, 0, ctypes.byref(task), ctypes.sizeof(task)) != ctypes.sizeof(task):
            task = None
        name = (bsd.pbi_name or bsd.pbi_comm).decode("utf-8", "replace")
        start = "%d.%06d" % (bsd.pbi_start_tvsec, bsd.pbi_start_tvusec)
        if task is None:
            return [pid, bsd.pbi_ppid, None, 0, 0, start, clean_name(name)]
        cpu = (task.pti_total_user + task.pti_total_system) * self.seconds_per_unit
        return [pid, bsd.pbi_ppid, round(cpu, 6), task.pti_resident_size, max(1, task.pti_threadnum), start, clean_name(name)]


# ---------------------------------------------------------------- Linux ----


class ProcfsBackend(object):
    # Linux's /proc: what pytutor reads itself there, here so the whole
    # pipeline of the helper runs (and is tested) on Linux for real.
    name = "procfs"

    def __init__(self, proc="/proc"):
        if not os.path.isdir(os.path.join(proc, "self")):
            raise OSError("%s is not mounted" % proc)
        self.proc = proc
        self.ticks = float(os.sysconf("SC_CLK_TCK"))
        self.page = os.sysconf("SC_PAGE_SIZE")

    def _stat(self, pid):
        try:
            with open("%s/%d/stat" % (self.proc, pid), "rb") as f:
                text = f.read().decode("latin-1")
        except (OSError, ValueError):
            return None
        # The name is in parentheses and may itself hold spaces or ')'.
        close = text.rfind(")")
        return text[text.find("(") + 1:close], text[close + 2:].split(" ")

    def children(self, pid):
        out = []
        try:
            tasks = os.listdir("%s/%d/task" % (self.proc, pid))
        except OSError:
            return out
        for task in tasks:
            try:
                with open("%s/%d/task/%s/children" % (self.proc, pid, task), "rb") as f:
                    out.extend(int(p) for p in f.read().split())
            except (OSError, ValueError):
                pass
        return out

    def group(self, pgid):
        out = []
        for entry in os.listdir(self.proc):
            if entry.isdigit():
                stat = self._stat(int(entry))
                if stat is not None and len(stat[1]) > 2 and stat[1][2] == str(pgid):
                    out.append(int(entry))
        return out

    def info(self, pid):
        stat = self._stat(pid)
        if stat is None or len(stat[1]) < 22:
            return None
        name, f = stat
        try:
            # A zombie has ended: as on macOS, its CPU is not read.
            cpu = None if f[0] in ("Z", "X") else round((int(f[11]) + int(f[12])) / self.ticks, 6)
            return [pid, int(f[1]), cpu, int(f[21]) * self.page, max(1, int(f[17])), f[19], clean_name(name)]
        except ValueError:
            return None


# ------------------------------------------------------------- sampling ----


def make_backend(choice, platform=sys.platform):
    # The backend for this system (or the one named), or an error saying why none.
    if choice == "none":
        raise OSError("sampling disabled on request")
    if choice == "libproc" or (choice is None and platform == "darwin"):
        return LibprocBackend()
    if choice == "procfs" or (choice is None and platform.startswith("linux")):
        return ProcfsBackend()
    raise OSError("no process backend for %s" % platform)


def snapshot(backend, root, with_group):
    # Every process of the run's tree, breadth first from the root, then any
    # other member of its process group (one whose parent already ended).
    out = []
    done = set()
    queue = [root]
    if with_group:
        queue.extend(backend.group(root))
    while queue and len(out) < MAX_TREE:
        pid = queue.pop(0)
        if pid in done:
            continue
        done.add(pid)
        row = backend.info(pid)
        if row is None:
            continue
        out.append(row)
        queue.extend(backend.children(pid))
    return out


def watch(backend, root, interval, write, clock=time.monotonic, sleep=time.sleep, cpu=time.process_time):
    # Samples until the root is gone (its last sample is still written) or
    # until writing fails (pytutor is gone).
    first = None
    n = 0
    next_at = clock()
    while True:
        rows = snapshot(backend, root, n % GROUP_EVERY == 0 or backend.name != "procfs")
        root_row = next((r for r in rows if r[0] == root), None)
        if first is None and root_row is not None:
            first = root_row[5]
        rows = [r for r in rows if r[2] is not None]
        line = json.dumps({"t": round(clock(), 6), "self": round(cpu(), 6), "p": rows}, separators=(",", ":"))
        if not write(line):
            return "pytutor gone"
        # The root ended (a zombie waiting for pytutor to reap it has), or its pid is another's.
        if root_row is None or root_row[2] is None or root_row[5] != first:
            return "root gone"
        n += 1
        next_at += interval
        delay = next_at - clock()
        if delay > 0:
            sleep(delay)
        else:
            # Starved: the next sample as soon as possible, without a burst to catch up.
            next_at = clock()


def writer(stream):
    def write(line):
        try:
            stream.write(line + "\n")
            stream.flush()
            return True
        except (OSError, ValueError):
            return False
    return write


def exit_when_stdin_closes():
    # pytutor holds the other end of stdin: EOF means it ended (even killed).
    def wait():
        try:
            while os.read(0, 4096):
                pass
        except OSError:
            pass
        os._exit(0)
    threading.Thread(target=wait, daemon=True).start()


def main(argv):
    write = writer(sys.stdout)
    try:
        root = int(argv[1])
        interval = int(argv[2]) / 1000.0
        choice = argv[4] if len(argv) > 4 and argv[3] == "--backend" else None
        if root <= 0 or interval <= 0:
            raise ValueError(argv)
    except (IndexError, ValueError):
        write(json.dumps({"v": 1, "error": "usage: ROOT_PID INTERVAL_MS [--backend libproc|procfs|none]"}))
        return 2
    try:
        backend = make_backend(choice)
    except (OSError, AttributeError, ValueError) as error:
        write(json.dumps({"v": 1, "error": "%s: %s" % (type(error).__name__, error)}))
        return 0
    hello = {"v": 1, "backend": backend.name, "root": root}
    if hasattr(backend, "seconds_per_unit"):
        hello["unit"] = backend.seconds_per_unit
    if not write(json.dumps(hello)):
        return 0
    exit_when_stdin_closes()
    watch(backend, root, interval, write)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
