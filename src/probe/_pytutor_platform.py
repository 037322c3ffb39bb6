# What pytutor's probe does that depends on the platform, in one place:
#
#   limits     POSIX: hard rlimits (CPU, address space, file size, open files,
#              processes); macOS does not enforce RLIMIT_AS, so memory is not
#              limited there. Windows: a Job Object (per-job user time,
#              per-process memory, active processes).
#   tree kill  Linux: the main process becomes the subreaper of its
#              descendants and ends them at exit. Windows: the job's
#              KILL_ON_JOB_CLOSE; its one handle stays open for the process's
#              life, so the probe's death ends the whole tree.
#   stack dump POSIX: faulthandler on SIGUSR1, which the runner sends at a
#              timeout. Elsewhere: faulthandler.dump_traceback_later after
#              PYTUTOR_DUMP_AFTER seconds. Both write the same stacks file.
#   stdout     Windows: "\n" is written as is, never "\r\n".
#   leftovers  Linux: the children still running at the end, from /proc.
#
# And, because every start-up pays for it, JSON through json's own C
# accelerator (_json) without the json package, which imports re and enum
# (10-30 ms of every run's start on CPython 3.12; the program pays for them
# itself if it imports them).
#
# The probe imports this module once at start-up, before the program runs,
# takes what it needs and drops it from sys.modules: nothing here is kept
# where the program can reach it (a program's `import _pytutor_platform` gets
# a fresh, inert copy, and the probe reports it). Standard library only;
# CPython 3.8 to 3.13. Every function takes the platform and, where it calls
# the system, the system's functions as arguments, so that each branch can be
# tested on any machine (tests/probe/test_platform.py).
import os
import sys

# Windows constants (winnt.h).
JOB_OBJECT_LIMIT_PROCESS_TIME = 0x00000002
JOB_OBJECT_LIMIT_JOB_TIME = 0x00000004
JOB_OBJECT_LIMIT_ACTIVE_PROCESS = 0x00000008
JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x00000100
JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x00000400
JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x00002000
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9
# Job times are counted in 100-nanosecond ticks.
TICKS_PER_SECOND = 10 ** 7


def family(platform=None):
    # "linux", "darwin", "win32" or "posix" (any other Unix).
    platform = platform or sys.platform
    if platform == "win32":
        return "win32"
    if platform.startswith("linux"):
        return "linux"
    if platform == "darwin":
        return "darwin"
    return "posix"


class _ScanContext(object):
    # What _json's scanner reads from json.JSONDecoder (3.8-3.13).
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int

    @staticmethod
    def parse_constant(name):
        raise ValueError("not JSON: %s" % name)


def json_loads(text):
    # json.loads for the runner's own texts; ValueError on anything else.
    try:
        from _json import make_scanner
    except ImportError:
        import json
        return json.loads(text)
    try:
        value, end = make_scanner(_ScanContext())(text, 0)
    except StopIteration:
        raise ValueError("not JSON")
    if text[end:].strip():
        raise ValueError("not JSON")
    return value


def json_encoder(default):
    # json.JSONEncoder(ensure_ascii=True, default=default).encode, compact.
    try:
        from _json import encode_basestring_ascii, make_encoder
        # The arguments json.encoder passes it (3.8-3.13): markers, default,
        # the string encoder, indent, key and item separators, sort_keys,
        # skipkeys, allow_nan.
        iterencode = make_encoder(None, default, encode_basestring_ascii, None, ":", ",", False, False, True)

        def encode(value):
            return "".join(iterencode(value, 0))

        if encode({"a": [1, 2.5, None, True, "\u00e9\n"]}) != '{"a":[1,2.5,null,true,"\\u00e9\\n"]}':
            raise ValueError("unexpected encoding")
        return encode
    except Exception:
        import json
        return json.JSONEncoder(ensure_ascii=True, default=default).encode


def parse_limits(text):
    # PYTUTOR_LIMITS: a JSON object of positive numbers; anything else is no limit.
    if not text:
        return {}
    try:
        value = json_loads(text)
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    out = {}
    for key, number in value.items():
        if isinstance(number, (int, float)) and not isinstance(number, bool) and number > 0:
            out[key] = number
    return out


def parse_seconds(text):
    # PYTUTOR_DUMP_AFTER: seconds as a decimal string, or None.
    try:
        seconds = float(text)
    except (TypeError, ValueError):
        return None
    if not seconds > 0 or seconds > 10 ** 6:
        return None
    return seconds


# ---------------------------------------------------------------- POSIX


def apply_rlimits(limits, kind, resource=None):
    # Hard limits, inherited by every child: an unprivileged program cannot
    # raise them again. CPU, memory and processes are also watched from
    # outside. Returns (any limit applied, memory limited).
    if resource is None:
        try:
            import resource
        except ImportError:
            return False, False
    applied = []

    def cap(name, soft, hard=None):
        kind_ = getattr(resource, name, None)
        if kind_ is None:
            return False
        try:
            resource.setrlimit(kind_, (soft, soft if hard is None else hard))
        except (ValueError, OSError):
            return False
        applied.append(name)
        return True

    memory = False
    if limits.get("cpuSeconds"):
        seconds = int(limits["cpuSeconds"]) + 1
        cap("RLIMIT_CPU", seconds, seconds + 2)
    if limits.get("addressSpaceMb"):
        # macOS accepts RLIMIT_AS and ignores it.
        memory = cap("RLIMIT_AS", int(limits["addressSpaceMb"]) * 1024 * 1024) and kind != "darwin"
    if limits.get("fileSizeMb"):
        cap("RLIMIT_FSIZE", int(limits["fileSizeMb"]) * 1024 * 1024)
    if limits.get("openFiles"):
        cap("RLIMIT_NOFILE", int(limits["openFiles"]))
    if limits.get("threads"):
        cap("RLIMIT_NPROC", int(limits["threads"]))
    if limits:
        cap("RLIMIT_CORE", 0)
    return bool(applied), memory


def become_subreaper(libc=None, native=None):
    # Orphans of the program (a double fork, a daemon) become children of the
    # main process instead of init: the runner keeps seeing them, and the main
    # process ends them when it exits. Linux only. prctl is called through
    # _ctypes, the C half of ctypes: the ctypes package costs 2-7 ms of every
    # run's start, _ctypes under 1 ms. ctypes itself where _ctypes lacks
    # dlopen/dlsym/call_function (private names, present in 3.8-3.13).
    try:
        if libc is None:
            if native is None:
                import _ctypes as native
            call = getattr(native, "call_function", None)
            if call is not None and hasattr(native, "dlopen") and hasattr(native, "dlsym"):
                prctl = native.dlsym(native.dlopen(None, 2), "prctl")  # RTLD_NOW
                return call(prctl, (36, 1, 0, 0, 0)) == 0  # PR_SET_CHILD_SUBREAPER
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0
    except Exception:
        return False


def linux_children(listdir=os.listdir, open_file=open, to_int=int):
    # The process's children still running (its own, and orphans it adopted).
    # Everything it calls is bound now, before the program runs.
    found = []
    try:
        for task in listdir("/proc/self/task"):
            with open_file("/proc/self/task/%s/children" % task) as f:
                found.extend(to_int(p) for p in f.read().split())
    except (OSError, ValueError):
        pass
    return found


def no_children():
    return []


# ---------------------------------------------------------------- Windows


def job_structures(ctypes=None):
    # JOBOBJECT_EXTENDED_LIMIT_INFORMATION and its parts, laid out as winnt.h
    # does (natural alignment: 144 bytes on 64-bit Windows, 112 on 32-bit).
    if ctypes is None:
        import ctypes

    class IO_COUNTERS(ctypes.Structure):
        _fields_ = [
            ("ReadOperationCount", ctypes.c_uint64),
            ("WriteOperationCount", ctypes.c_uint64),
            ("OtherOperationCount", ctypes.c_uint64),
            ("ReadTransferCount", ctypes.c_uint64),
            ("WriteTransferCount", ctypes.c_uint64),
            ("OtherTransferCount", ctypes.c_uint64),
        ]

    class JOBOBJECT_BASIC_LIMIT_INFORMATION(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64),  # LARGE_INTEGER
            ("PerJobUserTimeLimit", ctypes.c_int64),  # LARGE_INTEGER
            ("LimitFlags", ctypes.c_uint32),  # DWORD
            ("MinimumWorkingSetSize", ctypes.c_size_t),  # SIZE_T
            ("MaximumWorkingSetSize", ctypes.c_size_t),  # SIZE_T
            ("ActiveProcessLimit", ctypes.c_uint32),  # DWORD
            ("Affinity", ctypes.c_size_t),  # ULONG_PTR
            ("PriorityClass", ctypes.c_uint32),  # DWORD
            ("SchedulingClass", ctypes.c_uint32),  # DWORD
        ]

    class JOBOBJECT_EXTENDED_LIMIT_INFORMATION(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", JOBOBJECT_BASIC_LIMIT_INFORMATION),
            ("IoInfo", IO_COUNTERS),
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    return JOBOBJECT_BASIC_LIMIT_INFORMATION, IO_COUNTERS, JOBOBJECT_EXTENDED_LIMIT_INFORMATION


def load_kernel32():
    # A WinDLL of our own: its function prototypes are set here, never on
    # ctypes.windll.kernel32, which the program may use.
    import ctypes
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = ctypes.c_void_p
    kernel32.CreateJobObjectW.argtypes = (ctypes.c_void_p, ctypes.c_wchar_p)
    kernel32.CreateJobObjectW.restype = handle
    kernel32.SetInformationJobObject.argtypes = (handle, ctypes.c_int, ctypes.c_void_p, ctypes.c_uint32)
    kernel32.SetInformationJobObject.restype = ctypes.c_int
    kernel32.AssignProcessToJobObject.argtypes = (handle, handle)
    kernel32.AssignProcessToJobObject.restype = ctypes.c_int
    kernel32.GetCurrentProcess.argtypes = ()
    kernel32.GetCurrentProcess.restype = handle
    kernel32.CloseHandle.argtypes = (handle,)
    kernel32.CloseHandle.restype = ctypes.c_int
    return kernel32


def job_limits(limits, info):
    # Fills a JOBOBJECT_EXTENDED_LIMIT_INFORMATION from the run's limits.
    # Returns (any limit beyond the tree kill, memory limited).
    basic = info.BasicLimitInformation
    flags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
    limited = False
    memory = False
    if limits.get("cpuSeconds"):
        # User time of every process of the job together, as RLIMIT_CPU's grace.
        basic.PerJobUserTimeLimit = int((limits["cpuSeconds"] + 1) * TICKS_PER_SECOND)
        flags |= JOB_OBJECT_LIMIT_JOB_TIME
        limited = True
    megabytes = limits.get("memoryMb") or limits.get("addressSpaceMb")
    if megabytes:
        # Committed memory of each process: what memoryMb means; the address
        # space of POSIX is only a stand-in for it.
        info.ProcessMemoryLimit = int(megabytes) * 1024 * 1024
        flags |= JOB_OBJECT_LIMIT_PROCESS_MEMORY
        limited = memory = True
    if limits.get("processes"):
        basic.ActiveProcessLimit = int(limits["processes"])
        flags |= JOB_OBJECT_LIMIT_ACTIVE_PROCESS
        limited = True
    basic.LimitFlags = flags
    return limited, memory


def create_job(limits, kernel32=None, ctypes=None):
    # Puts this process (and so every process it starts) in a new Job Object.
    # Returns (job made, any limit applied, memory limited). The job's handle
    # is never closed and kept nowhere: the system closes it when this process
    # ends, and KILL_ON_JOB_CLOSE then ends whatever the program left running.
    if ctypes is None:
        import ctypes
    try:
        if kernel32 is None:
            kernel32 = load_kernel32()
        info = job_structures(ctypes)[2]()
        limited, memory = job_limits(limits, info)
        job = kernel32.CreateJobObjectW(None, None)
        if not job:
            return False, False, False
        ok = kernel32.SetInformationJobObject(
            job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS, ctypes.byref(info), ctypes.sizeof(info))
        if ok:
            # Fails where jobs cannot nest (before Windows 8) and the runner's
            # own job forbids breaking away.
            ok = kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess())
        if not ok:
            kernel32.CloseHandle(job)
            return False, False, False
        return True, limited, memory
    except Exception:
        return False, False, False


# ---------------------------------------------------------------- stack dump


def install_stack_dump(path, dump_after, faulthandler=None, signal=None, opener=open):
    # The hang report: where every thread was when the program hung. POSIX:
    # the runner sends SIGUSR1 at its timeout. Without SIGUSR1 (Windows): a
    # dump after PYTUTOR_DUMP_AFTER seconds, which the runner sets a little
    # before its timeout. Returns whether a dump is armed.
    if not path:
        return False
    try:
        if faulthandler is None:
            import faulthandler
        if signal is None:
            # The C module: `signal` itself builds its enums with enum (and
            # functools, collections...), ~7 ms of every start-up.
            import _signal as signal
        register = getattr(faulthandler, "register", None)
        usr1 = getattr(signal, "SIGUSR1", None)
        seconds = parse_seconds(dump_after)
        if (register is None or usr1 is None) and seconds is None:
            return False
        stream = opener(path, "w")
        if register is not None and usr1 is not None:
            register(usr1, file=stream, all_threads=True)
        else:
            faulthandler.dump_traceback_later(seconds, repeat=False, file=stream, exit=False)
        return True
    except Exception:
        return False


# ---------------------------------------------------------------- stdout


def stdout_newline(kind):
    # The newline the probe's stdout writes "\n" as: never "\r\n".
    return "\n" if kind == "win32" else None


def line_buffered(stream, newline=None):
    # Line by line (a stream the probe does not carry, stderr); with a newline
    # of stdout_newline's, "\n" is written as is.
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:
        return
    try:
        if newline is not None:
            reconfigure(line_buffering=True, newline=newline)
        else:
            reconfigure(line_buffering=True)
    except Exception:
        pass


# ---------------------------------------------------------------- all of it


def setup(limits_text, stacks_file, dump_after, main=True, platform=None, kernel32=None):
    # Applies what the platform allows and says what it set up: the `caps` of
    # the probe's hello event, plus how the core finds leftover children.
    # `main`: the program's main process (a child that is not a fork only
    # gets the limits it was given, if any).
    kind = family(platform)
    limits = parse_limits(limits_text)
    caps = {"limits": False, "memory": False, "treeKill": False, "stackDump": False, "job": False}
    children = no_children
    if kind == "win32":
        if main or limits:
            job, limited, memory = create_job(limits, kernel32)
            caps.update({"job": job, "treeKill": job, "limits": limited, "memory": memory})
    else:
        limited, memory = apply_rlimits(limits, kind)
        caps.update({"limits": limited, "memory": memory})
        if kind == "linux" and main:
            caps["treeKill"] = become_subreaper()
            children = linux_children
    if main:
        caps["stackDump"] = install_stack_dump(stacks_file, dump_after)
    return caps, children
