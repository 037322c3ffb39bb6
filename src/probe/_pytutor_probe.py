# pytutor's probe: records what the learner's program really did (threads,
# processes, asyncio tasks, gc collections, context managers, sleeps, the
# uncaught exception) and reports it as JSON lines on a private file
# descriptor. Standard library only; CPython 3.8 to 3.13.
#
# Every wrapper here must behave exactly like what it wraps: the learner's
# program must not be able to tell that it is being watched.
import atexit
import builtins
import gc
import json
import os
import sys
import time

_state = {
    "fd": None,
    "token": "",
    "learner_dir": (),
    "pid": os.getpid(),
    "seq": 0,
}
_MAX_SLEEP_EVENTS = 2000
_MAX_TEXT = 20000
_report_lock = None
_print_lock = None
_thread_ids = {}
_counters = {
    "sleep_events": 0,
    "sleep_calls": 0,
    "sleep_seconds_main": 0.0,
    "sleep_seconds_workers": 0.0,
}
_learner_classes = None
_mono = time.monotonic
_real_sleep = time.sleep


def _now():
    return _mono()


def _emit(event, **fields):
    fd = _state["fd"]
    if fd is None or os.getpid() != _state["pid"]:
        return
    fields["event"] = event
    fields["t"] = _now()
    # Every line carries the run's token: a line written to the channel by
    # anyone else is a forgery, and the runner says so.
    fields["k"] = _state["token"]
    try:
        data = (json.dumps(fields, default=repr) + "\n").encode("utf-8", "backslashreplace")
    except Exception as exc:  # a learner object whose repr fails
        data = (json.dumps({"event": "probe-error", "t": _now(), "message": repr(exc)}) + "\n").encode()
    lock = _report_lock
    if lock is not None:
        lock.acquire()
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    except OSError:
        _state["fd"] = None
    finally:
        if lock is not None:
            lock.release()


def _is_learner_file(filename):
    prefixes = _state["learner_dir"]
    return bool(prefixes) and isinstance(filename, str) and filename.startswith(prefixes)


def _learner_site(depth):
    # The innermost frame of the learner's own files, as "file:line".
    try:
        frame = sys._getframe(depth + 1)
    except ValueError:
        return None
    while frame is not None:
        code = frame.f_code
        if _is_learner_file(code.co_filename):
            return "%s:%d" % (os.path.basename(code.co_filename), frame.f_lineno)
        frame = frame.f_back
    return None


def _first_foreign_module(depth, skip_suffixes):
    # The file of the first caller that is not one of skip_suffixes.
    try:
        frame = sys._getframe(depth + 1)
    except ValueError:
        return ""
    while frame is not None:
        filename = frame.f_code.co_filename
        if not any(filename.endswith(s) for s in skip_suffixes):
            return filename
        frame = frame.f_back
    return ""


def _describe_callable(obj):
    if obj is None:
        return None
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    if name is None:
        name = type(obj).__name__
    return str(name)


def _callable_file(obj):
    code = getattr(obj, "__code__", None)
    if code is None:
        func = getattr(obj, "__func__", None)
        code = getattr(func, "__code__", None)
    return getattr(code, "co_filename", "")


def _thread_label():
    threading = sys.modules.get("threading")
    if threading is None:
        return "MainThread", True
    current = threading.current_thread()
    return current.name, current is threading.main_thread()


def _disguise(wrapper, original):
    # A wrapper answers to the same name, docstring and module as what it wraps.
    for attr in ("__doc__", "__name__", "__qualname__", "__module__"):
        try:
            setattr(wrapper, attr, getattr(original, attr))
        except (AttributeError, TypeError):
            pass
    wrapper._pytutor = True
    return wrapper


# ---------------------------------------------------------------- output


def _make_line_buffered():
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name, None)
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(line_buffering=True)
            except Exception:
                pass


def _install_atomic_print():
    # CPython's print writes each argument, separator and end separately, so two
    # threads printing at once can merge their lines. This print builds the whole
    # text first and writes it in one call, under a lock.
    global _print_lock
    import _thread
    _print_lock = _thread.RLock()
    original = builtins.print

    def print(*args, sep=" ", end="\n", file=None, flush=False):  # noqa: A001
        if file is None:
            file = sys.stdout
            if file is None:
                return
        if sep is not None and not isinstance(sep, str):
            raise TypeError("sep must be None or a string, not %s" % type(sep).__name__)
        if end is not None and not isinstance(end, str):
            raise TypeError("end must be None or a string, not %s" % type(end).__name__)
        if file is not sys.stdout and file is not sys.stderr:
            return original(*args, sep=sep, end=end, file=file, flush=flush)
        text = (" " if sep is None else sep).join([str(a) for a in args]) + ("\n" if end is None else end)
        with _print_lock:
            file.write(text)
            if flush:
                file.flush()

    builtins.print = _disguise(print, original)

    def _reset_lock():
        global _print_lock
        _print_lock = _thread.RLock()

    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_reset_lock)


# ---------------------------------------------------------------- threads


def _patch_threading(threading):
    Thread = threading.Thread
    original_start = Thread.start
    if getattr(original_start, "_pytutor", False):
        return

    def start(self, *args, **kwargs):
        caller = _first_foreign_module(1, ("threading.py", "_pytutor_probe.py"))
        if _is_learner_file(caller):
            api = "Thread"
        elif caller.endswith(os.path.join("concurrent", "futures", "thread.py")):
            api = "ThreadPoolExecutor"
        elif os.sep + "asyncio" + os.sep in caller:
            api = "asyncio"
        elif os.sep + "multiprocessing" + os.sep in caller:
            api = "multiprocessing"
        else:
            api = "other"
        target = getattr(self, "_target", None)
        run_owner = type(self).run
        overrides_run = run_owner is not Thread.run
        code_file = _callable_file(target) if target is not None else _callable_file(run_owner)
        learner = api in ("Thread", "ThreadPoolExecutor") and (
            _is_learner_file(code_file) or api == "ThreadPoolExecutor" or overrides_run or _learner_site(1) is not None
        )
        ident = len(_thread_ids) + 1
        _thread_ids[id(self)] = ident
        _emit(
            "thread-start",
            id=ident,
            name=self.name,
            api=api,
            cls=type(self).__name__,
            target=_describe_callable(target) if target is not None else (type(self).__qualname__ + ".run" if overrides_run else None),
            daemon=bool(self.daemon),
            learner=bool(learner),
            site=_learner_site(1),
        )
        original_run = self.run
        thread = self

        def run():
            _emit("thread-run", id=ident, phase="begin")
            try:
                return original_run()
            finally:
                _emit("thread-run", id=ident, phase="end")
                # Break the thread → run → thread cycle, so a finished thread is
                # freed by reference counting, as it would be without the probe.
                thread.__dict__.pop("run", None)

        self.run = run
        try:
            return original_start(self, *args, **kwargs)
        except BaseException:
            self.__dict__.pop("run", None)
            raise

    Thread.start = _disguise(start, original_start)

    original_hook = threading.excepthook

    def excepthook(args):
        if args.exc_type is not SystemExit:
            _report_exception(args.exc_type, args.exc_value, args.exc_traceback, getattr(args.thread, "name", None))
        return original_hook(args)

    threading.excepthook = excepthook


# ---------------------------------------------------------------- sleeps


def _install_sleep():
    def sleep(seconds):
        caller = sys._getframe(1).f_code.co_filename
        if not _is_learner_file(caller):
            return _real_sleep(seconds)
        name, is_main = _thread_label()
        begin = _now()
        try:
            return _real_sleep(seconds)
        finally:
            end = _now()
            _counters["sleep_calls"] += 1
            key = "sleep_seconds_main" if is_main else "sleep_seconds_workers"
            _counters[key] += end - begin
            if _counters["sleep_events"] < _MAX_SLEEP_EVENTS:
                _counters["sleep_events"] += 1
                try:
                    asked = float(seconds)
                except Exception:
                    asked = None
                _emit("sleep", thread=name, main=is_main, seconds=asked, begin=begin, end=end)

    time.sleep = _disguise(sleep, _real_sleep)


# ---------------------------------------------------------------- processes


def _patch_multiprocessing_process(module):
    BaseProcess = module.BaseProcess
    original_start = BaseProcess.start
    if getattr(original_start, "_pytutor", False):
        return

    def start(self):
        caller = _first_foreign_module(1, ("_pytutor_probe.py", os.path.join("multiprocessing", "process.py")))
        if _is_learner_file(caller):
            api = "Process"
        elif caller.endswith(os.path.join("concurrent", "futures", "process.py")):
            api = "ProcessPoolExecutor"
        elif caller.endswith(os.path.join("multiprocessing", "pool.py")):
            api = "Pool"
        else:
            api = "other"
        target = getattr(self, "_target", None)
        result = original_start(self)
        method = getattr(self, "_start_method", None)
        if method is None:
            context = sys.modules.get("multiprocessing.context")
            try:
                method = context._default_context.get_start_method(allow_none=True)
            except Exception:
                method = None
        _emit(
            "process-start",
            api=api,
            target=_describe_callable(target),
            name=self.name,
            pid=self.pid,
            method=method,
            learner=api != "other" or _learner_site(1) is not None,
            site=_learner_site(1),
        )
        return result

    BaseProcess.start = _disguise(start, original_start)


def _patch_fork():
    if not hasattr(os, "fork"):
        return
    original_fork = os.fork

    def fork():
        pid = original_fork()
        if pid != 0:
            _emit("fork", child=pid, site=_learner_site(1))
        return pid

    os.fork = _disguise(fork, original_fork)


# ---------------------------------------------------------------- asyncio


def _patch_asyncio(module):
    BaseEventLoop = module.BaseEventLoop
    original = BaseEventLoop.create_task
    if getattr(original, "_pytutor", False):
        return
    counter = [0]

    def create_task(self, coro, *args, **kwargs):
        task = original(self, coro, *args, **kwargs)
        code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
        filename = getattr(code, "co_filename", "")
        counter[0] += 1
        ident = counter[0]
        _emit(
            "task-create",
            id=ident,
            coro=getattr(coro, "__qualname__", None) or type(coro).__name__,
            learner=_is_learner_file(filename),
            site=_learner_site(1),
        )
        try:
            task.add_done_callback(lambda _t: _emit("task-done", id=ident))
        except Exception:
            pass
        return task

    BaseEventLoop.create_task = _disguise(create_task, original)


# ---------------------------------------------------------------- gc


def _learner_instance_refs():
    import weakref
    refs = []
    classes = _learner_classes
    if not classes:
        return refs
    for obj in gc.get_objects():
        cls = type(obj)
        if cls in classes:
            try:
                refs.append((cls.__name__, weakref.ref(obj)))
            except TypeError:  # __slots__ without __weakref__
                pass
    return refs


def _install_gc():
    original_collect = gc.collect

    def collect(*args, **kwargs):
        if not _is_learner_file(sys._getframe(1).f_code.co_filename):
            return original_collect(*args, **kwargs)
        refs = _learner_instance_refs()
        begin = _now()
        result = original_collect(*args, **kwargs)
        freed = {}
        for name, ref in refs:
            if ref() is None:
                freed[name] = freed.get(name, 0) + 1
        _emit(
            "gc-collect",
            returned=result if isinstance(result, int) else None,
            tracked=len(refs),
            freed=freed,
            garbage=len(gc.garbage),
            ms=round((_now() - begin) * 1000, 3),
            site=_learner_site(1),
        )
        return result

    gc.collect = _disguise(collect, original_collect)


# ---------------------------------------------------------------- classes and context managers


def _wrap_context_method(cls, name):
    original = cls.__dict__.get(name)
    if not callable(original):
        return
    class_name = cls.__name__

    if name == "__enter__":
        def __enter__(self, *args, **kwargs):
            _emit("context", cls=class_name, phase="enter")
            return original(self, *args, **kwargs)
        wrapper = __enter__
    else:
        def __exit__(self, exc_type=None, exc=None, tb=None, *rest):
            try:
                result = original(self, exc_type, exc, tb, *rest)
            except BaseException as raised:
                _emit("context", cls=class_name, phase="exit", exc=getattr(exc_type, "__name__", None),
                      suppressed=False, raised=type(raised).__name__)
                raise
            _emit("context", cls=class_name, phase="exit", exc=getattr(exc_type, "__name__", None),
                  suppressed=bool(result) and exc_type is not None)
            return result
        wrapper = __exit__
    setattr(cls, name, _disguise(wrapper, original))


def _install_build_class():
    global _learner_classes
    import weakref
    _learner_classes = weakref.WeakSet()
    original = builtins.__build_class__

    def __build_class__(func, name, *bases, **kwargs):
        cls = original(func, name, *bases, **kwargs)
        try:
            filename = func.__code__.co_filename
        except AttributeError:
            return cls
        if _is_learner_file(filename) and isinstance(cls, type):
            try:
                _learner_classes.add(cls)
            except TypeError:
                return cls
            for method in ("__enter__", "__exit__"):
                if method in cls.__dict__:
                    _wrap_context_method(cls, method)
            _emit("class", name=name, context="__enter__" in cls.__dict__ or "__exit__" in cls.__dict__)
        return cls

    builtins.__build_class__ = _disguise(__build_class__, original)


def _patch_contextlib(module):
    cm = getattr(module, "_GeneratorContextManager", None)
    if cm is None or getattr(cm.__exit__, "_pytutor", False):
        return
    original_enter = cm.__enter__
    original_exit = cm.__exit__

    def generator_name(self):
        gen = getattr(self, "gen", None)
        code = getattr(gen, "gi_code", None)
        return getattr(gen, "__qualname__", None) or "?", _is_learner_file(getattr(code, "co_filename", ""))

    def __enter__(self):
        name, learner = generator_name(self)
        if learner:
            _emit("context", cls=name, phase="enter", generator=True)
        return original_enter(self)

    def __exit__(self, typ, value, traceback):
        name, learner = generator_name(self)
        try:
            result = original_exit(self, typ, value, traceback)
        except BaseException as raised:
            if learner:
                _emit("context", cls=name, phase="exit", generator=True,
                      exc=getattr(typ, "__name__", None), suppressed=False, raised=type(raised).__name__)
            raise
        if learner:
            _emit("context", cls=name, phase="exit", generator=True,
                  exc=getattr(typ, "__name__", None), suppressed=bool(result) and typ is not None)
        return result

    cm.__enter__ = _disguise(__enter__, original_enter)
    cm.__exit__ = _disguise(__exit__, original_exit)


# ---------------------------------------------------------------- exceptions and exit


def _report_exception(exc_type, exc, tb, thread_name):
    import traceback
    try:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
    except Exception:
        text = repr(exc)
    frames = []
    try:
        for entry in traceback.extract_tb(tb):
            if _is_learner_file(entry.filename):
                frames.append({"file": os.path.basename(entry.filename), "line": entry.lineno, "function": entry.name})
    except Exception:
        pass
    _emit(
        "exception",
        type=getattr(exc_type, "__name__", str(exc_type)),
        message=str(exc)[:_MAX_TEXT] if exc is not None else "",
        thread=thread_name,
        traceback=text[-_MAX_TEXT:],
        frames=frames[-20:],
    )


def _install_excepthook():
    original = sys.excepthook

    def excepthook(exc_type, exc, tb):
        _report_exception(exc_type, exc, tb, "MainThread")
        return original(exc_type, exc, tb)

    sys.excepthook = excepthook


def _tampering():
    # What the learner's code did to the probe: imported it, or replaced one of
    # the functions it watches through.
    found = []
    if "_pytutor_probe" in sys.modules:
        found.append("import _pytutor_probe")
    watched = [("time", "sleep"), ("gc", "collect"), ("builtins", "print"), ("builtins", "__build_class__")]
    if "threading" in sys.modules:
        watched.append(("threading", "Thread.start"))
    for module_name, attr in watched:
        target = sys.modules.get(module_name)
        for part in attr.split("."):
            target = getattr(target, part, None)
        if target is not None and not getattr(target, "_pytutor", False):
            found.append("%s.%s" % (module_name, attr))
    return found


def _at_exit():
    tampered = _tampering()
    if tampered:
        _emit("tamper", what=tampered)
    _run_inspections()
    fields = {
        "sleepCalls": _counters["sleep_calls"],
        "sleepSecondsMain": round(_counters["sleep_seconds_main"], 6),
        "sleepSecondsWorkers": round(_counters["sleep_seconds_workers"], 6),
    }
    try:
        import resource
        own = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        fields["cpuSeconds"] = round(own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime, 6)
        fields["maxRssKb"] = own.ru_maxrss
    except Exception:
        pass
    tracemalloc = sys.modules.get("tracemalloc")
    if tracemalloc is not None and tracemalloc.is_tracing():
        fields["tracedPeak"] = tracemalloc.get_traced_memory()[1]
    if _call_counts:
        fields["calls"] = dict(_call_counts)
    _emit("end", **fields)


def _install_stack_dump(path):
    # On a timeout the runner sends SIGUSR1 first, so the learner can see where
    # every thread was when the program hung.
    try:
        import faulthandler
        import signal
        stream = open(path, "w")
        faulthandler.register(signal.SIGUSR1, file=stream, all_threads=True)
        _state["stacks"] = stream
    except Exception:
        pass


# ---------------------------------------------------------------- counted calls and inspections

_call_counts = {}


def _count_call(qualified):
    count = _call_counts.get(qualified, 0) + 1
    _call_counts[qualified] = count
    # The first calls are reported as they happen, so a program killed later
    # (a hang, a timeout) still shows them; the exit report has the totals.
    if count <= 20:
        _emit("call", name=qualified, count=count)


def _counting(qualified, original):
    # Counts calls made from the program's own code, then calls through.
    if isinstance(original, type):
        init = original.__init__

        def __init__(self, *args, **kwargs):
            if _is_learner_file(sys._getframe(1).f_code.co_filename):
                _count_call(qualified)
            return init(self, *args, **kwargs)

        try:
            original.__init__ = _disguise(__init__, init)
        except TypeError:  # a built-in type: its __init__ cannot be replaced
            _emit("probe-error", message="cannot count calls of built-in type %s" % qualified)
        return original

    def counted(*args, **kwargs):
        if _is_learner_file(sys._getframe(1).f_code.co_filename):
            _count_call(qualified)
        return original(*args, **kwargs)

    return _disguise(counted, original)


def _plan_call_counts(names, hooks):
    by_module = {}
    for qualified in names:
        module, _, attr = qualified.rpartition(".")
        by_module.setdefault(module, []).append((qualified, attr))
        _call_counts.setdefault(qualified, 0)
    for module, entries in by_module.items():
        previous = hooks.get(module)

        def hook(mod, entries=entries, previous=previous):
            if previous is not None:
                previous(mod)
            for qualified, attr in entries:
                original = getattr(mod, attr, None)
                if original is None or getattr(original, "_pytutor", False):
                    continue
                replacement = _counting(qualified, original)
                if replacement is not original:
                    setattr(mod, attr, replacement)

        hooks[module] = hook


def peak(function, *args, **kwargs):
    # tracemalloc's peak, in bytes, while calling function(*args, **kwargs).
    import tracemalloc
    was_tracing = tracemalloc.is_tracing()
    if was_tracing:
        tracemalloc.stop()
    tracemalloc.start()
    try:
        function(*args, **kwargs)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        if was_tracing:
            tracemalloc.start()


def _as_number(value):
    if isinstance(value, bool):
        return 1 if value else 0
    if isinstance(value, (int, float)):
        return value
    return None


def _run_inspections():
    inspections = _state.get("inspect")
    if not inspections:
        return
    main = sys.modules.get("__main__")
    namespace = dict(getattr(main, "__dict__", {}))
    namespace.setdefault("peak", peak)
    for name, expression in inspections.items():
        value = None
        error = None
        try:
            result = eval(expression, namespace)
            value = _as_number(result)
            if value is None:
                error = "%s (%s)" % (repr(result)[:80], type(result).__name__)
        except BaseException as exc:  # the learner's code may raise anything
            error = "%s: %s" % (type(exc).__name__, str(exc)[:200])
        _emit("inspect", name=name, value=value, error=error)


# ---------------------------------------------------------------- import hooks


class _PostImportFinder:
    # Patches a module right after it is first imported, without importing it
    # ourselves (asyncio and multiprocessing are costly to import).
    def __init__(self, hooks):
        self.hooks = hooks

    def find_spec(self, name, path=None, target=None):
        hook = self.hooks.get(name)
        if hook is None:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                break
        else:
            return None
        if spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _HookedLoader(spec.loader, hook)
        return spec


class _HookedLoader:
    def __init__(self, loader, hook):
        self.loader = loader
        self.hook = hook

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
        try:
            self.hook(module)
        except Exception as exc:
            _emit("probe-error", message="hook %s: %r" % (module.__name__, exc))

    def __getattr__(self, name):
        return getattr(self.loader, name)


def _hook_modules(hooks):
    pending = {}
    for name, hook in hooks.items():
        module = sys.modules.get(name)
        if module is not None:
            hook(module)
        else:
            pending[name] = hook
    if pending:
        sys.meta_path.insert(0, _PostImportFinder(pending))


# ---------------------------------------------------------------- entry point


def _reset_report_lock():
    global _report_lock
    import _thread
    _report_lock = _thread.allocate_lock()


def _apply_limits(text):
    # Hard limits, inherited by every child: an unprivileged program cannot
    # raise them again. CPU, memory and processes are also watched from outside.
    try:
        import resource
        limits = json.loads(text)
    except Exception:
        return
    def cap(kind, soft, hard=None):
        try:
            resource.setrlimit(kind, (soft, soft if hard is None else hard))
        except (ValueError, OSError):
            pass
    if limits.get("cpuSeconds"):
        seconds = int(limits["cpuSeconds"]) + 1
        cap(resource.RLIMIT_CPU, seconds, seconds + 2)
    if limits.get("addressSpaceMb") and hasattr(resource, "RLIMIT_AS"):
        cap(resource.RLIMIT_AS, int(limits["addressSpaceMb"]) * 1024 * 1024)
    if limits.get("fileSizeMb"):
        cap(resource.RLIMIT_FSIZE, int(limits["fileSizeMb"]) * 1024 * 1024)
    if limits.get("openFiles"):
        cap(resource.RLIMIT_NOFILE, int(limits["openFiles"]))
    cap(resource.RLIMIT_CORE, 0)


def _read_token(fd_text):
    # The token comes through a pipe, not the environment: /proc/self/environ
    # would show it to the program for as long as it runs.
    if not fd_text:
        return ""
    fd = int(fd_text)
    chunks = []
    try:
        while True:
            chunk = os.read(fd, 64)
            if not chunk:
                break
            chunks.append(chunk)
    except OSError:
        pass
    finally:
        try:
            os.close(fd)
        except OSError:
            pass
    return b"".join(chunks).decode("ascii", "replace").strip()


def _become_subreaper():
    # Orphans of the program (a double fork, a daemon) become children of the
    # main process instead of init: the runner keeps seeing them, and the
    # main process ends them when it exits.
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except Exception:
        pass


def _children():
    found = []
    try:
        for task in os.listdir("/proc/self/task"):
            with open("/proc/self/task/%s/children" % task) as f:
                found.extend(int(p) for p in f.read().split())
    except (OSError, ValueError):
        pass
    return found


def _make_at_exit():
    # Everything the exit report needs is captured now, so a program that
    # rewires the probe's module globals (through a hook's __globals__) cannot
    # silence it, and the rewiring itself is reported.
    module = globals()
    snapshot = dict(module)
    fd, token, write, dumps, now = _state["fd"], _state["token"], os.write, json.dumps, _mono
    at_exit, rewired_state, kill, children, getpid, pid = _at_exit, _state_is_rewired, os.kill, _children, os.getpid, os.getpid()

    def report_rewiring():
        rewired = sorted(name for name, value in snapshot.items() if module.get(name) is not value)
        if rewired_state(snapshot, fd, token):
            rewired.append("_state")
        if rewired and getpid() == pid:
            line = dumps({"event": "tamper", "t": now(), "k": token, "what": ["probe internals: %s" % ", ".join(rewired)]}) + "\n"
            try:
                write(fd, line.encode("utf-8"))
            except OSError:
                pass

    def run():
        report_rewiring()
        at_exit()
        # Whatever the program left running (its own children, adopted orphans).
        if getpid() == pid:
            for child in children():
                try:
                    kill(child, 9)
                except OSError:
                    pass

    return run


def _state_is_rewired(snapshot, fd, token):
    state = snapshot.get("_state")
    return not isinstance(state, dict) or state.get("fd") not in (fd, None) or state.get("token") != token


def install():
    environ = os.environ
    fd_text = environ.pop("PYTUTOR_REPORT_FD", None)
    token = _read_token(environ.pop("PYTUTOR_TOKEN_FD", ""))
    learner_dir = environ.pop("PYTUTOR_LEARNER_DIR", "")
    want_tracemalloc = environ.pop("PYTUTOR_TRACEMALLOC", "") == "1"
    stacks_file = environ.pop("PYTUTOR_STACKS_FILE", "")
    inspect_text = environ.pop("PYTUTOR_INSPECT", "")
    count_text = environ.pop("PYTUTOR_COUNT", "")
    limits_text = environ.pop("PYTUTOR_LIMITS", "")
    if limits_text:
        _apply_limits(limits_text)
    _make_line_buffered()
    _install_atomic_print()
    if not fd_text:
        return  # a child process (multiprocessing, subprocess): output behaviour only
    _state["fd"] = int(fd_text)
    _state["token"] = token
    if learner_dir:
        given = os.path.join(os.path.abspath(learner_dir), "")
        _state["learner_dir"] = (given, os.path.join(os.path.realpath(learner_dir), ""))
    global _report_lock
    import _thread
    _report_lock = _thread.allocate_lock()
    if hasattr(os, "set_inheritable"):
        try:
            os.set_inheritable(_state["fd"], False)
        except OSError:
            pass
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=lambda: _state.__setitem__("fd", None))
        os.register_at_fork(after_in_child=_reset_report_lock)
    gil = True
    if hasattr(sys, "_is_gil_enabled"):
        gil = bool(sys._is_gil_enabled())
    _emit(
        "hello",
        token=token,
        version="%d.%d.%d" % tuple(sys.version_info[:3]),
        implementation=sys.implementation.name,
        executable=sys.executable,
        gil=gil,
        cpus=os.cpu_count(),
        pid=os.getpid(),
        platform=sys.platform,
    )
    if stacks_file:
        _install_stack_dump(stacks_file)
    if want_tracemalloc:
        import tracemalloc
        tracemalloc.start()
    _install_sleep()
    _install_gc()
    _install_build_class()
    _install_excepthook()
    _patch_fork()
    hooks = {
        "threading": _patch_threading,
        "multiprocessing.process": _patch_multiprocessing_process,
        "asyncio.base_events": _patch_asyncio,
        "contextlib": _patch_contextlib,
    }
    if count_text:
        _plan_call_counts(json.loads(count_text), hooks)
    if inspect_text:
        _state["inspect"] = json.loads(inspect_text)
    _hook_modules(hooks)
    _become_subreaper()
    atexit.register(_make_at_exit())
    # Leave no garbage of start-up (ours, site's) for the learner's first
    # gc.collect() to count: its return value should be the program's own.
    gc.collect()
