# The functions pytutor's probe installs in the program's modules. This file
# is not imported: the probe executes it in a private namespace that holds a
# few builtins and what `install` puts there (names starting with an
# underscore). Nothing here keeps state: each wrapper calls what it wraps and
# passes the program's own data to the probe's core with
#     _audit("pytutor", kind, ...)
# The core measures the time and who is running (thread, task, job) itself,
# accepts these calls only from this file's code, and checks on every call
# that this namespace and the wrappers' cells still hold what they held.
#
# Every wrapper must behave exactly like what it wraps.

# ---------------------------------------------------------------- helpers


def describe(obj):
    # The name of a callable, for messages: its qualified name or its type.
    if obj is None:
        return None
    try:
        name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    except BaseException:
        name = None
    if not isinstance(name, str):
        name = type(obj).__name__
    return str(name)[:80]


def short(value):
    # A short text for an argument or an item; never more than 80 characters.
    try:
        text = repr(value)
    except BaseException:
        text = "<%s>" % type(value).__name__
    if not isinstance(text, str) or type(text) is not str:
        text = "<%s>" % type(value).__name__
    return text[:80]


def number(value):
    if type(value) in (int, float):
        return value
    return None


def describe_args(args, kwargs):
    # Short texts and numbers of a call's arguments (at most 8 of each).
    texts = []
    numbers = []
    try:
        values = list(args)[:8] if args is not None else []
        if kwargs:
            values += list(kwargs.values())[: max(0, 8 - len(values))]
    except BaseException:
        values = []
    for value in values:
        texts.append(short(value))
        numbers.append(number(value))
    return texts, numbers


def learner_file(filename):
    # The program's own files (a relative name, as 3.8 gives the main script, is under the working folder).
    if not isinstance(filename, str):
        return False
    if not filename.startswith("/") and not filename[1:3] == ":\\":
        filename = _cwd + filename
    return filename.startswith(_learner_dirs)


def disguise(wrapper, original):
    # A wrapper answers to the same name, docstring and module as what it wraps.
    for attr in ("__doc__", "__name__", "__qualname__", "__module__"):
        try:
            setattr(wrapper, attr, getattr(original, attr))
        except (AttributeError, TypeError):
            pass
    return wrapper


def install(owner, name, wrapper):
    # Puts a wrapper in place and tells the core what to watch.
    setattr(owner, name, wrapper)
    _audit("pytutor", "register", [("function", wrapper), ("installed", owner, name, wrapper)])


def watch(module_name, module, names):
    # Tells the core what module.name holds now for each name, and the module
    # sys.modules holds: what the grader's inspections use.
    items = [("module", module_name, module)]
    for name in names:
        value = getattr(module, name, None)
        if value is not None:
            items.append(("installed", module, name, value))
    _audit("pytutor", "register", items)


# ---------------------------------------------------------------- output


def _stdout_closed():
    # What CPython raises writing to a closed file descriptor 1.
    return OSError(9, "Bad file descriptor")


def sink_write(self, data):
    if not _stdout_open[0]:
        raise _stdout_closed()
    if type(data) not in (bytes, bytearray, memoryview):
        data = bytes(memoryview(data))
    if _inspecting_output[0]:
        # An inspection redirects sys.stdout to read what a call prints; what
        # reaches this stream by a path the redirection does not follow (a
        # logging handler that kept the stream) goes there too. The program's
        # own run is never redirected this way.
        target = _sys.stdout
        if target is not None and target is not _inspecting_output[1]:
            target.write(bytes(data).decode("utf-8", "replace"))
        return len(data)
    _audit("pytutor", "w", bytes(data))
    return len(data)


def sink_flush(self):
    _audit("pytutor", "flush")
    if not _stdout_open[0]:
        raise _stdout_closed()


def sink_writable(self):
    return True


def sink_fileno(self):
    return 1


def sink_isatty(self):
    return False


# ---------------------------------------------------------------- time
# Every factory below takes what it wraps and returns the wrapper: the
# originals live in the wrappers' cells, which the core watches.


def make_sleep(original):
    # Any arguments: a call of the wrong shape gets time.sleep's own TypeError
    # (its wording, no keyword accepted), not this function's.
    def sleep(*args, **kwargs):
        if kwargs or len(args) != 1:
            return original(*args, **kwargs)
        seconds = args[0]
        _audit("pytutor", "sleep-begin", number(seconds), "time")
        completed = False
        try:
            result = original(seconds)
            completed = True
            return result
        finally:
            _audit("pytutor", "sleep-end", "time", completed)
    return sleep


def make_asyncio_sleep(original):
    async def sleep(delay, *args, **kwargs):
        _audit("pytutor", "sleep-begin", number(delay), "asyncio")
        completed = False
        try:
            result = await original(delay, *args, **kwargs)
            completed = True
            return result
        finally:
            _audit("pytutor", "sleep-end", "asyncio", completed)
    return sleep


# ---------------------------------------------------------------- gc


# Marks "no generation given" (the namespace has no `object`).
_UNSET = ["no generation given"]


def make_collect(original):
    isenabled, disable, enable = _gc_switches
    # No **kwargs: its dict is an allocation gc counts, and the one that
    # crosses gc's threshold would set off an automatic collection before
    # gc.collect() runs (why that matters: the core, where it turns automatic
    # collection off around its own work). Off here too while the probe looks;
    # the collection asked for runs either way.
    def collect(*args, generation=_UNSET):
        enabled = isenabled()
        if enabled:
            disable()
        try:
            _audit("pytutor", "gc-before")
            if generation is _UNSET:
                result = original(*args)
            else:
                result = original(*args, generation=generation)
            _audit("pytutor", "gc-after", result)
        finally:
            if enabled:
                enable()
        return result
    return collect


def make_get_objects(original):
    def get_objects(*args, **kwargs):
        found = original(*args, **kwargs)
        _audit("pytutor", "filter", found)
        _audit("pytutor", "gc-read", "objects", len(found))
        return found
    return get_objects


def make_get_referrers(original):
    def get_referrers(*objs, **kwargs):
        found = original(*objs, **kwargs)
        _audit("pytutor", "filter", found)
        return found
    return get_referrers


def make_get_count(original):
    def get_count(*args, **kwargs):
        result = original(*args, **kwargs)
        _audit("pytutor", "gc-read", "count", result)
        return result
    return get_count


# ---------------------------------------------------------------- classes and context managers


def make_build_class(original):
    def __build_class__(func, name, *bases, **kwargs):
        cls = original(func, name, *bases, **kwargs)
        try:
            filename = func.__code__.co_filename
        except AttributeError:
            return cls
        # A metaclass that finds the defining module by counting frames
        # (typing.NamedTuple on 3.8: sys._getframe(2)) lands on this wrapper's
        # frame: the class gets its own module back, or pickle cannot find it.
        if isinstance(cls, type) and cls.__dict__.get("__module__") == __name__:
            module = getattr(func, "__globals__", {}).get("__name__")
            if module is not None and module != __name__:
                try:
                    cls.__module__ = module
                except (AttributeError, TypeError):
                    pass
        if learner_file(filename) and isinstance(cls, type):
            context = False
            for method in ("__enter__", "__exit__"):
                found = cls.__dict__.get(method)
                if callable(found):
                    context = True
                    try:
                        setattr(cls, method, disguise(context_wrapper(method, found, name), found))
                    except (AttributeError, TypeError):
                        pass
            _audit("pytutor", "class", cls, name, filename, context)
        return cls
    return __build_class__


def context_wrapper(method, original, class_name):
    if method == "__enter__":
        def __enter__(self, *args, **kwargs):
            _audit("pytutor", "context", class_name, "enter", None, False, None, False)
            return original(self, *args, **kwargs)
        return __enter__

    def __exit__(self, exc_type=None, exc=None, tb=None, *rest):
        try:
            result = original(self, exc_type, exc, tb, *rest)
        except BaseException as raised:
            _audit("pytutor", "context", class_name, "exit", describe(exc_type), False, type(raised).__name__, False)
            raise
        _audit("pytutor", "context", class_name, "exit", describe(exc_type), bool(result) and exc_type is not None, None, False)
        return result
    return __exit__


def generator_name(manager):
    gen = getattr(manager, "gen", None)
    code = getattr(gen, "gi_code", None)
    filename = getattr(code, "co_filename", "")
    return describe(gen) or "?", learner_file(filename)


def make_cm_enter(original):
    def __enter__(self):
        name, learner = generator_name(self)
        if learner:
            _audit("pytutor", "context", name, "enter", None, False, None, True)
        return original(self)
    return __enter__


def make_cm_exit(original):
    def __exit__(self, typ, value, traceback):
        name, learner = generator_name(self)
        try:
            result = original(self, typ, value, traceback)
        except BaseException as raised:
            if learner:
                _audit("pytutor", "context", name, "exit", describe(typ), False, type(raised).__name__, True)
            raise
        if learner:
            _audit("pytutor", "context", name, "exit", describe(typ), bool(result) and typ is not None, None, True)
        return result
    return __exit__


# ---------------------------------------------------------------- exceptions


def without_probe_frames(tb):
    # A traceback as it would be without the probe: the entries of this file's
    # wrappers (a time.sleep(-1) passes through one) are unlinked from the
    # chain. Returns the new head.
    while tb is not None and tb.tb_frame.f_code.co_filename == _wrappers_file:
        tb = tb.tb_next
    entry = tb
    while entry is not None:
        following = entry.tb_next
        while following is not None and following.tb_frame.f_code.co_filename == _wrappers_file:
            following = following.tb_next
        try:
            if entry.tb_next is not following:
                entry.tb_next = following
        except (AttributeError, TypeError, ValueError):
            pass
        entry = following
    return tb


def hide_probe_frames(exc, tb):
    # The same for an exception about to be shown and every one it chains.
    tb = without_probe_frames(tb)
    todo = [exc]
    seen = []
    while todo:
        exc = todo.pop()
        if exc is None or not isinstance(exc, BaseException) or any(exc is e for e in seen):
            continue
        seen.append(exc)
        try:
            exc.__traceback__ = without_probe_frames(exc.__traceback__)
        except (AttributeError, TypeError, ValueError):
            pass
        todo.append(exc.__cause__)
        todo.append(exc.__context__)
    return tb


def make_walk_tb(original):
    # traceback.walk_tb (and 3.11's _walk_tb_with_full_positions), which every
    # traceback the traceback module prints or formats is built from, and
    # walk_stack (print_stack, extract_stack): without the wrappers' frames,
    # as without the probe (a traceback.print_exc() after time.sleep(-1), or a
    # print_stack() in a thread, shows the program's frames only). Not a
    # generator itself: walk_stack(None) finds its start from the frame that
    # iterates it, so that call gets the original's generator untouched.
    def walk_tb(tb, *args, **kwargs):
        walk = original(tb, *args, **kwargs)
        if tb is None:
            return walk
        return without_probe_items(walk)
    return walk_tb


def without_probe_items(walk):
    for item in walk:
        try:
            ours = item[0].f_code.co_filename == _wrappers_file
        except BaseException:
            ours = False
        if not ours:
            yield item


def report_exception(exc_type, exc, tb, thread_name):
    # The traceback module is imported only now, for a program that failed
    # (with re and more, it cost every run's start 10-30 ms). The text and
    # the frames are what the learner reads; the verdict never depends on them.
    try:
        traceback = _sys_modules.get("traceback") or __import__("traceback")
        text = "".join(traceback.format_exception(exc_type, exc, tb))
    except BaseException:
        text = short(exc)
    try:
        message = str(exc) if exc is not None else ""
    except BaseException:
        message = "<%s>" % describe(exc_type)
    frames = []
    try:
        entry = tb
        while entry is not None:
            code = entry.tb_frame.f_code
            filename = code.co_filename
            if learner_file(filename):
                cut = max(filename.rfind("/"), filename.rfind("\\"))
                frames.append({"file": filename[cut + 1:], "line": entry.tb_lineno, "function": str(code.co_name)})
            entry = entry.tb_next
    except BaseException:
        pass
    _audit("pytutor", "exception", describe(exc_type) or "?", str(message), thread_name, str(text), frames)


def make_excepthook(original):
    def excepthook(exc_type, exc, tb):
        try:
            tb = hide_probe_frames(exc, tb)
        except BaseException:
            pass
        report_exception(exc_type, exc, tb, "MainThread")
        return original(exc_type, exc, tb)
    return excepthook


def make_thread_excepthook(original):
    def excepthook(args):
        try:
            tb = hide_probe_frames(args.exc_value, args.exc_traceback)
            if tb is not args.exc_traceback:
                args = type(args)((args.exc_type, args.exc_value, tb, args.thread))
        except BaseException:
            pass
        if args.exc_type is not SystemExit:
            report_exception(args.exc_type, args.exc_value, args.exc_traceback, getattr(args.thread, "name", None))
        return original(args)
    return excepthook


# ---------------------------------------------------------------- threads


def make_thread_start(original, base_run, native_id):
    def start(self, *args, **kwargs):
        target = getattr(self, "_target", None)
        if target is not None:
            name = describe(target)
        elif type(self).run is not base_run:
            name = describe(type(self)) + ".run"
        else:
            name = None
        texts, numbers = describe_args(getattr(self, "_args", ()), getattr(self, "_kwargs", None))
        sleeps = target is not None and target in _sleep_functions
        _audit("pytutor", "thread-start", self, str(self.name), name, texts, numbers, bool(self.daemon), sleeps)
        original_run = self.run
        thread = self

        def run():
            _audit("pytutor", "run", thread, "begin", None, native_id())
            try:
                return original_run()
            finally:
                _audit("pytutor", "run", thread, "end", str(thread.name), None)
                # Break the thread → run → thread cycle, so a finished thread is
                # freed by reference counting, as it would be without the probe.
                thread.__dict__.pop("run", None)

        self.run = run
        try:
            return original(self, *args, **kwargs)
        except BaseException:
            self.__dict__.pop("run", None)
            raise
    return start


def make_thread_join(original):
    def join(self, *args, **kwargs):
        _audit("pytutor", "wait-begin", "join")
        try:
            result = original(self, *args, **kwargs)
        finally:
            _audit("pytutor", "wait-end")
        _audit("pytutor", "join", self, not self.is_alive())
        return result
    return join


# ---------------------------------------------------------------- blocking waits
# For the timeline only: when a thread or a task waited on a lock, a queue, a
# future, an event, a join. The core keeps a wait only when it blocked (longer
# than a millisecond), and at most a few thousand in a run.


def make_condition_wait(original):
    # threading.Condition.wait: under Event.wait, Semaphore.acquire, the
    # blocking queue.Queue.get and put, Barrier.wait and Future.result. It is
    # called only to block; the core tells which of those called it.
    def wait(self, *args, **kwargs):
        _audit("pytutor", "wait-begin", None)
        try:
            return original(self, *args, **kwargs)
        finally:
            _audit("pytutor", "wait-end")
    return wait


def make_shutdown(original):
    # threading._shutdown: the main thread, its code done, waits for the
    # threads that are not daemons before the program ends.
    def _shutdown(*args, **kwargs):
        _audit("pytutor", "wait-begin", "exit")
        try:
            return original(*args, **kwargs)
        finally:
            _audit("pytutor", "wait-end")
    return _shutdown


def make_async_wait(original, kind):
    # A coroutine of asyncio that may wait (Queue.get, Lock.acquire, Event.wait,
    # ...): it returns at once when nothing blocks it, so it is timed here and
    # told to the core only when it took longer than a millisecond.
    async def waiting(*args, **kwargs):
        begin = _monotonic()
        try:
            return await original(*args, **kwargs)
        finally:
            end = _monotonic()
            if end - begin > 0.001:
                _audit("pytutor", "wait", kind, begin, end)
    return waiting


def make_gather(original):
    # asyncio.gather returns a future that the calling task awaits: its wait
    # lasts from the call until that future is done.
    def gather(*args, **kwargs):
        outer = original(*args, **kwargs)
        try:
            if not outer.done():
                _audit("pytutor", "gather", outer, _monotonic())
                outer.add_done_callback(gathered)
        except BaseException:
            pass
        return outer
    return gather


def gathered(future):
    _audit("pytutor", "gathered", future, _monotonic())


# ---------------------------------------------------------------- processes


def make_process_start(original):
    def start(self):
        target = getattr(self, "_target", None)
        texts, _numbers = describe_args(getattr(self, "_args", ()), getattr(self, "_kwargs", None))
        result = original(self)
        method = getattr(self, "_start_method", None)
        if method is None:
            try:
                method = _sys_modules.get("multiprocessing.context")._default_context.get_start_method(allow_none=True)
            except BaseException:
                method = None
        _audit("pytutor", "process", describe(target), str(self.name), self.pid, method, texts)
        return result
    return start


def make_fork(original):
    def fork():
        pid = original()
        if pid != 0:
            _audit("pytutor", "fork", pid)
        return pid
    return fork


def after_fork_in_child():
    _audit("pytutor", "fork-child")


def make_os_exit(original):
    def _exit(code):
        _audit("pytutor", "exit", code)
        return original(code)
    return _exit


def make_os_close(original):
    def close(fd):
        if fd == _channel_fd:
            _audit("pytutor", "guard", "os.close")
            return None
        result = original(fd)
        if fd == 1:
            _stdout_open[0] = False
        return result
    return close


def make_os_closerange(original):
    def closerange(low, high):
        if low <= 1 < high:
            _stdout_open[0] = False
        if low <= _channel_fd < high:
            _audit("pytutor", "guard", "os.closerange")
            original(low, _channel_fd)
            return original(_channel_fd + 1, high)
        return original(low, high)
    return closerange


def make_os_dup2(original):
    def dup2(fd, fd2, *args, **kwargs):
        if fd2 == _channel_fd:
            _audit("pytutor", "guard", "os.dup2")
            return fd2
        result = original(fd, fd2, *args, **kwargs)
        if fd2 == 1:
            _stdout_open[0] = True
        return result
    return dup2


def _ends_grader(pid, sig):
    # pytutor itself, its process group, every process of the user (-1), or,
    # on Windows, a console event to the console pytutor shares (pid 0).
    grader = _grader[0]
    if grader is None or type(pid) is not int:
        return False
    if pid == grader or pid == -1 or (_grader[1] is not None and pid == -_grader[1]):
        return True
    return pid == 0 and sig in _grader[2]


# Both take two positional arguments only: any other call goes to the
# original untouched, which raises what it raises.
def make_os_kill(original):
    def kill(*args, **kwargs):
        if not kwargs and len(args) == 2 and _ends_grader(args[0], args[1]):
            _audit("pytutor", "guard-grader", "os.kill")
            return None
        return original(*args, **kwargs)
    return kill


def make_os_killpg(original):
    def killpg(*args, **kwargs):
        if not kwargs and len(args) == 2 and type(args[0]) is int and _grader[1] is not None and args[0] == _grader[1]:
            _audit("pytutor", "guard-grader", "os.killpg")
            return None
        return original(*args, **kwargs)
    return killpg


# ---------------------------------------------------------------- asyncio


def make_create_task(original):
    def create_task(self, coro, *args, **kwargs):
        task = original(self, coro, *args, **kwargs)
        code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
        filename = getattr(code, "co_filename", "")
        texts, numbers = [], []
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        if frame is not None and code is not None:
            try:
                names = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
                local = frame.f_locals
                texts, numbers = describe_args([local[n] for n in names if n in local], None)
            except BaseException:
                texts, numbers = [], []
        _audit("pytutor", "task", task, describe(coro) or "?", texts, numbers, filename if isinstance(filename, str) else "")
        try:
            task.add_done_callback(task_done)
        except BaseException:
            pass
        return task
    return create_task


def task_done(task):
    _audit("pytutor", "task-done", task)


def asyncio_ready():
    # asyncio is loaded: the core keeps _asyncio's C functions.
    running = _sys_modules.get("_asyncio")
    if running is not None:
        # 3.10+ has _asyncio.current_task; 3.8 and 3.9 keep the mapping in a dict.
        current = getattr(running, "current_task", None)
        if current is None and isinstance(getattr(running, "_current_tasks", None), dict):
            current = running._current_tasks.get
        _audit("pytutor", "asyncio", getattr(running, "_get_running_loop", None), current)


# ---------------------------------------------------------------- concurrent.futures


def make_workitem_init(original, kind):
    def __init__(self, future, fn, args, kwargs, *rest, **more):
        original(self, future, fn, args, kwargs, *rest, **more)
        texts, numbers = describe_args(args, kwargs)
        _audit("pytutor", "job", self, future, kind, describe(fn), texts, numbers, fn in _sleep_functions)
    return __init__


def make_workitem_run(original):
    def run(self, *args, **kwargs):
        _audit("pytutor", "job-run", self, "begin")
        try:
            return original(self, *args, **kwargs)
        finally:
            _audit("pytutor", "job-run", self, "end")
    return run


def make_future_set(original, ok):
    def setter(self, value):
        outcome = original(self, value)
        _audit("pytutor", "future-done", self, ok)
        return outcome
    return setter


def make_future_result(original):
    def result(self, *args, **kwargs):
        try:
            return original(self, *args, **kwargs)
        finally:
            if self.done():
                _audit("pytutor", "result", self)
    return result


def make_as_completed(original):
    def as_completed(fs, timeout=None):
        for future in original(fs, timeout):
            _audit("pytutor", "result", future)
            yield future
    return as_completed


# ---------------------------------------------------------------- weakref.finalize


def make_finalize_call(original):
    # A finalizer called with the dead weak reference runs because its object
    # died; called without it, by hand or by weakref's exit function.
    def __call__(self, _=None):
        if not self.alive:
            # Already run or detached: the call does nothing.
            return original(self, _)
        _audit("pytutor", "finalizer", "begin", _ is not None)
        try:
            return original(self, _)
        finally:
            _audit("pytutor", "finalizer", "end", False)
    return __call__


# ---------------------------------------------------------------- queues and tracemalloc


def make_queue_op(original, api, op):
    def wrapper(self, *args, **kwargs):
        try:
            result = original(self, *args, **kwargs)
        except ValueError:
            if op == "done":
                # task_done() called more times than items were taken: a
                # task_done() in a finally that also covers a get() that never
                # returned (the consumer cancelled while it waited).
                _audit("pytutor", "queue", self, api, "done-extra", None)
            raise
        if op == "put":
            item = args[0] if args else kwargs.get("item")
        elif op == "done":
            item = None
        else:
            item = result
        _audit("pytutor", "queue", self, api, op, short(item))
        return result
    return wrapper


def make_get_traced_memory(original):
    def get_traced_memory():
        result = original()
        try:
            _audit("pytutor", "tracemalloc", int(result[0]), int(result[1]))
        except BaseException:
            pass
        return result
    return get_traced_memory


def make_tracemalloc_reset(original):
    # tracemalloc.stop(), clear_traces() and reset_peak() end the peak so far:
    # the core is told what it was first, so a run traced from the start
    # keeps the program's whole peak.
    # tracemalloc's own state is read through what the probe captured before
    # the program ran, never through sys.modules, which the program can fill.
    _, _, is_tracing, get_traced_memory = _tracemalloc_functions

    def reset(*args, **kwargs):
        try:
            if is_tracing():
                _audit("pytutor", "tracemalloc-reset", int(get_traced_memory()[1]))
        except BaseException:
            pass
        return original(*args, **kwargs)
    return reset


# ---------------------------------------------------------------- counted calls


def make_counted(original, qualified):
    # Counts calls of module.function; for a class, calls of its __init__.
    if isinstance(original, type):
        init = original.__init__

        def __init__(self, *args, **kwargs):
            _audit("pytutor", "call", qualified, None)
            return init(self, *args, **kwargs)

        try:
            install(original, "__init__", disguise(__init__, init))
        except TypeError:
            _audit("pytutor", "unhooked", qualified)
        return None

    def counted(*args, **kwargs):
        result = original(*args, **kwargs)
        _audit("pytutor", "call", qualified, number(result))
        return result

    return counted


# ---------------------------------------------------------------- the end


def peak(function, *args, **kwargs):
    # tracemalloc's peak, in bytes, while calling function(*args, **kwargs),
    # through _tracemalloc's functions as they were before the program ran.
    start, stop, is_tracing, get_traced_memory = _tracemalloc_functions
    was_tracing = is_tracing()
    if was_tracing:
        stop()
    start()
    try:
        function(*args, **kwargs)
        return get_traced_memory()[1]
    finally:
        stop()
        if was_tracing:
            start()


def _syntax_nodes():
    # The node classes of CPython's parser (_ast). The ast module itself is
    # not imported: on 3.12+ that costs ~18 ms of CPU (it imports re, enum,
    # functools, contextlib...), more than all of the probe's other work for a
    # short program; the few of its functions these helpers need are below.
    return __import__("_ast")


def _syntax_parse(source, mode="exec"):
    # ast.parse: the syntax tree of source (text or bytes) alone, not compiled.
    return compile(source, "<pytutor>", mode, _syntax_nodes().PyCF_ONLY_AST)


def _syntax_children(node, base):
    # ast.iter_child_nodes: the nodes in node's fields, lists included (base: _ast.AST).
    for field in node._fields:
        value = getattr(node, field, None)
        if isinstance(value, base):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, base):
                    yield item


def _syntax_walk(node):
    # ast.walk: node and every node under it (in no particular order).
    base = _syntax_nodes().AST
    todo = [node]
    while todo:
        current = todo.pop()
        todo.extend(_syntax_children(current, base))
        yield current


def _syntax_shape(node):
    # What ast.dump compares (the node types and field values, positions
    # left out), as a hashable value.
    base = _syntax_nodes().AST
    if isinstance(node, base):
        return (type(node).__name__,) + tuple(_syntax_shape(getattr(node, field, None)) for field in node._fields)
    if isinstance(node, list):
        return tuple(_syntax_shape(item) for item in node)
    return (type(node).__name__, repr(node))


def _main_tree():
    # The syntax tree of the program's main file, parsed once.
    tree = _parsed.get("tree")
    if tree is None:
        # CPython removes __main__.__file__ when the script ends: the probe kept it.
        with open(_main_file, "rb") as source:
            tree = _syntax_parse(source.read())
        _parsed["tree"] = tree
    return _syntax_nodes(), tree


def computed(*expressions):
    # 1 when the program's main file computes one of these expressions
    # somewhere (its syntax tree holds it, however it is spaced or nested), else 0.
    ast, tree = _main_tree()
    if "shapes" not in _parsed:
        nodes = [node for node in _syntax_walk(tree) if isinstance(node, ast.expr)]
        # A program that evaluates expressions kept as text (eval) computes those too.
        if any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "eval" for n in nodes):
            for node in list(nodes):
                text = getattr(node, "value", None) if type(node).__name__ in ("Constant", "Str") else None
                if not isinstance(text, str):
                    text = getattr(node, "s", None) if type(node).__name__ == "Str" else text
                if isinstance(text, str):
                    try:
                        nodes.extend(n for n in _syntax_walk(_syntax_parse(text, "eval").body) if isinstance(n, ast.expr))
                    except (SyntaxError, ValueError):
                        pass
        _parsed["shapes"] = set(_syntax_shape(node) for node in nodes)
    for expression in expressions:
        if _syntax_shape(_syntax_parse(expression, "eval").body) in _parsed["shapes"]:
            return 1
    return 0


# Names through which a program can read its variables without naming them.
_DYNAMIC_READS = ("locals", "globals", "vars", "eval", "exec")


def _named(ast, expression):
    # The name an expression ends in: f or x.f.
    return expression.id if isinstance(expression, ast.Name) else expression.attr if isinstance(expression, ast.Attribute) else None


def _called_name(ast, call):
    # The name a call names its function by: f(...) or x.f(...).
    return _named(ast, call.func)


def _with_aliases(ast, tree, names):
    # The names, and the program's other names for the same functions: `from
    # time import perf_counter as reloj`, `reloj = time.perf_counter`.
    names = set(names)
    aliases = {}
    for node in _syntax_walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.asname:
                    aliases[alias.asname] = alias.name
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            named = _named(ast, node.value)
            if named is not None:
                aliases[node.targets[0].id] = named
    for alias, original in aliases.items():
        if original in names:
            names.add(alias)
    return names


def at_module_level(*names):
    # How many calls of a function of one of these names the main file makes
    # outside every function, lambda and class body: what runs when the file
    # is loaded, before any event loop (`cola = asyncio.Queue()` at the top).
    ast, tree = _main_tree()
    names = _with_aliases(ast, tree, names)
    scopes = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
    count = 0
    todo = list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, scopes):
            # Its decorators and default values do run at module level.
            todo.extend(getattr(node, "decorator_list", []))
            arguments = getattr(node, "args", None)
            if arguments is not None:
                todo.extend(d for d in list(arguments.defaults) + list(arguments.kw_defaults) if d is not None)
            continue
        if isinstance(node, ast.Call) and _called_name(ast, node) in names:
            count += 1
        todo.extend(_syntax_children(node, ast.AST))
    return count


def _is_main_guard(ast, node):
    # `if __name__ == "__main__":` however it is written: its test names
    # __name__ and the text "__main__".
    if not isinstance(node, ast.If):
        return False
    parts = list(_syntax_walk(node.test))
    return (any(isinstance(p, ast.Name) and p.id == "__name__" for p in parts)
            and any(isinstance(p, ast.Constant) and p.value == "__main__" for p in parts))


def main_guard():
    # 1 when the main file has a module-level `if __name__ == "__main__":`,
    # else 0 (read as Python reads it: a file saved with a BOM, in any encoding
    # its coding line names).
    ast, tree = _main_tree()
    return 1 if any(_is_main_guard(ast, node) for node in tree.body) else 0


def defined_in_main_guard(*names):
    # How many definitions (def, class) of these names sit inside a
    # module-level `if __name__ == "__main__":` block: what a process started
    # with spawn, which imports the file under another name, never defines.
    ast, tree = _main_tree()
    count = 0
    for node in tree.body:
        if not _is_main_guard(ast, node):
            continue
        for inner in _syntax_walk(node):
            if isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and inner.name in names:
                count += 1
    return count


# List methods that change the list they are called on.
_MUTATORS = ("append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse", "__iadd__", "__setitem__")
# Functions that only read what they are given.
_READERS = ("print", "id", "len", "repr", "str", "type", "isinstance", "sorted", "list", "tuple", "sum", "min", "max",
            "any", "all", "enumerate", "zip", "format", "hash", "bool", "dict", "set", "iter", "copy", "deepcopy", "getrefcount")


def changed_through(*names):
    # How many places of the main file change an object through one of these
    # names: a list method that changes it (b.append(4)), an augmented
    # assignment (b += [4]), an assignment to an item or slice (b[3:] = [4]),
    # or a call that hands it to a function of the program's own (anadir(b)),
    # which may change it.
    ast, tree = _main_tree()
    count = 0
    for node in _syntax_walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in _MUTATORS and isinstance(func.value, ast.Name) and func.value.id in names:
                count += 1
            elif _named(ast, func) not in _READERS and any(isinstance(arg, ast.Name) and arg.id in names for arg in node.args):
                count += 1
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id in names:
            count += 1
        elif isinstance(node, (ast.Assign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id in names for t in targets):
                count += 1
    return count


def bound_to_a_name(*targets):
    # How many assignments of the main file give one of these names the value
    # of another bare name (caja = datos: an alias, no container).
    ast, tree = _main_tree()
    count = 0
    for node in _syntax_walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name):
            if any(isinstance(t, ast.Name) and t.id in targets for t in node.targets):
                count += 1
    return count


def used(*names):
    # How many calls of a function of one of these names (`getrefcount`:
    # getrefcount(x), sys.getrefcount(x), s.getrefcount(x) with sys imported
    # as s) the main file makes whose result it uses: prints, passes on,
    # returns, compares or keeps in a variable it reads again. A call alone on
    # its line does not count, nor one kept only in variables the program
    # never reads (unless it reads variables by name, through locals(),
    # vars(), eval...): a program that measures and then prints numbers typed
    # by hand uses none of its measures.
    ast, tree = _main_tree()
    parents = {}
    read = set()
    names = _with_aliases(ast, tree, names)
    for node in _syntax_walk(tree):
        for child in _syntax_children(node, ast.AST):
            parents[child] = node
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            read.add(node.id)
    dynamic = any(name in read for name in _DYNAMIC_READS)
    count = 0
    for node in _syntax_walk(tree):
        if not isinstance(node, ast.Call) or _called_name(ast, node) not in names:
            continue
        parent = parents.get(node)
        if isinstance(parent, ast.Expr):
            continue
        if not dynamic and isinstance(parent, (ast.Assign, ast.AnnAssign)):
            targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
            kept = [target.id for target in targets if isinstance(target, ast.Name)]
            if len(kept) == len(targets) and not any(variable in read for variable in kept):
                continue
        count += 1
    return count


def _watched_lock(lock):
    # Stands in for a program's lock during guarded(): the same lock, which
    # also notes the thread that holds it (no class statement here: this
    # namespace has no __build_class__).
    get_ident = __import__("_thread").get_ident
    state = {"owner": None, "taken": 0}

    def acquire(self, *args, **kwargs):
        got = lock.acquire(*args, **kwargs)
        if got:
            state["owner"] = get_ident()
            state["taken"] += 1
        return got

    def release(self):
        state["owner"] = None
        lock.release()

    def leave(self, *exc):
        release(self)
        return False

    members = {"acquire": acquire, "release": release, "__enter__": acquire, "__exit__": leave, "__getattr__": lambda self, name: getattr(lock, name)}
    return type("Lock", (), members)(), state


def guarded(function, lock_name, variable, *args, **kwargs):
    # Calls function(*args, **kwargs) with the program's module-level lock
    # lock_name replaced by a stand-in (_watched_lock), and watches,
    # instruction by instruction, every read and write of the module-level
    # variable by the functions of the program's file (and those they
    # define). 1 when each one ran while the calling thread held the lock, 0
    # when one did not, -1 when it cannot tell (no such lock, the function
    # never touched the variable, or failed; or it never took the stand-in
    # and the lock cannot say whether it is held). The function may hold the
    # lock through a reference it took before the swap (a default argument,
    # a closure): an access while the stand-in is not held counts as guarded
    # when the lock itself is locked then (the call runs in one thread, so
    # it is this one). 3.8–3.11
    # watch through sys.settrace's opcode events; 3.12+ through
    # sys.monitoring's instruction events (3.12.1 sends no opcode events to
    # a tracer that asks for them on a frame it is called for).
    module = getattr(function, "__globals__", None)
    if module is None or lock_name not in module or type(function).__name__ != "function":
        return -1
    sys = __import__("sys")
    dis = __import__("dis")
    get_ident = __import__("_thread").get_ident
    code_type = type(function.__code__)
    home = function.__code__.co_filename
    access = ("LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_NAME", "STORE_NAME", "DELETE_NAME")
    todo = [function.__code__]
    for value in list(module.values()):
        if type(value).__name__ == "function":
            todo.append(value.__code__)
        elif isinstance(value, type):
            todo.extend(item.__code__ for item in list(getattr(value, "__dict__", {}).values()) if type(item).__name__ == "function")
    places = {}
    while todo:
        code = todo.pop()
        if type(code) is not code_type or code in places or code.co_filename != home:
            continue
        places[code] = set(i.offset for i in dis.get_instructions(code) if i.opname in access and i.argval == variable)
        todo.extend(const for const in code.co_consts if type(const) is code_type)
    watched = dict((code, found) for code, found in places.items() if found)
    counts = [0, 0]
    stand_in, held = _watched_lock(module[lock_name])
    locked = getattr(module[lock_name], "locked", None)

    def note(code, offset):
        if offset in watched.get(code, ()):
            counts[0] += 1
            if held["owner"] != get_ident() and not (locked is not None and locked()):
                counts[1] += 1

    monitoring = getattr(sys, "monitoring", None)
    tool = None
    if monitoring is not None:
        free = [i for i in (3, 4) if monitoring.get_tool(i) is None]
        if not free:
            return -1
        tool = free[0]
        monitoring.use_tool_id(tool, "pytutor")
        monitoring.register_callback(tool, monitoring.events.INSTRUCTION, lambda code, offset: note(code, offset))
        for code in watched:
            monitoring.set_local_events(tool, code, monitoring.events.INSTRUCTION)
    else:
        def local(frame, event, arg):
            if event == "opcode":
                note(frame.f_code, frame.f_lasti)
            return local

        def tracer(frame, event, arg):
            if frame.f_code not in watched:
                return None
            frame.f_trace_opcodes = True
            return local

        before = sys.gettrace()
        sys.settrace(tracer)
    original = module[lock_name]
    module[lock_name] = stand_in
    try:
        function(*args, **kwargs)
    except Exception:
        return -1
    finally:
        module[lock_name] = original
        if tool is not None:
            for code in watched:
                monitoring.set_local_events(tool, code, 0)
            monitoring.register_callback(tool, monitoring.events.INSTRUCTION, None)
            monitoring.free_tool_id(tool)
        else:
            sys.settrace(before)
    if counts[0] == 0 or (held["taken"] == 0 and locked is None):
        return -1
    return 0 if counts[1] else 1


def cpu_of(function, *args, **kwargs):
    # CPU seconds this process spends calling function(*args, **kwargs).
    clock = _process_time
    begin = clock()
    function(*args, **kwargs)
    return clock() - begin


def printed(function, *args, **kwargs):
    # What calling function(*args, **kwargs) prints on stdout, captured (as
    # contextlib.redirect_stdout does, with the classes the probe captured).
    buffer = _string_io()
    before = _sys.stdout
    _sys.stdout = buffer
    try:
        function(*args, **kwargs)
    finally:
        _sys.stdout = before
    return buffer.getvalue()


def as_number(value):
    if type(value) is bool:
        return 1 if value else 0
    if type(value) in (int, float):
        return value
    return None


def at_exit():
    if _inspections:
        # The CPU the program's own code spent: from its start to now,
        # before any inspection adds to it.
        spent = _process_time() - _cpu_at_start
        # The syntax cache is filled only by the inspections below: the
        # program can reach the wrappers' namespace (a wrapper's __globals__
        # is not audited on 3.11+) and could have left a tree of its own.
        _parsed.clear()
        _audit("pytutor", "inspections", True)
        _inspecting_output[0] = True
        main = _sys_modules.get("__main__")
        namespace = dict(getattr(main, "__dict__", {}))
        # The real builtins as they were before the program ran, whatever the
        # program named its own globals (a tuple: nothing can change it).
        builtins = dict(_real_builtins)
        namespace.update(builtins)
        namespace["__builtins__"] = builtins
        namespace["peak"] = peak
        namespace["computed"] = computed
        namespace["at_module_level"] = at_module_level
        namespace["used"] = used
        namespace["main_guard"] = main_guard
        namespace["defined_in_main_guard"] = defined_in_main_guard
        namespace["changed_through"] = changed_through
        namespace["bound_to_a_name"] = bound_to_a_name
        namespace["guarded"] = guarded
        namespace["cpu_of"] = cpu_of
        namespace["printed"] = printed
        namespace["program_cpu"] = spent
        for name, expression in _inspections:
            value = None
            error = None
            text = None
            try:
                result = eval(expression, namespace)
                value = as_number(result)
                if type(result) is str:
                    text = result[:500]
                elif value is None:
                    error = "%s (%s)" % (short(result), type(result).__name__)
            except BaseException as exc:
                try:
                    error = "%s: %s" % (type(exc).__name__, str(exc)[:200])
                except BaseException:
                    error = type(exc).__name__
            _audit("pytutor", "inspect", name, value, error, text)
        _inspecting_output[0] = False
        _audit("pytutor", "inspections", False)
    _audit("pytutor", "end")


# ---------------------------------------------------------------- post-import hooks


def find_spec(name, path=None, target=None):
    # Patches a module right after it is first imported, without importing it
    # ourselves (asyncio and multiprocessing are costly to import).
    hook = _pending_hooks.get(name)
    if hook is None:
        return None
    for finder in _sys_meta_path:
        if finder is _finder or not hasattr(finder, "find_spec"):
            continue
        spec = finder.find_spec(name, path, target)
        if spec is not None:
            break
    else:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, "exec_module"):
        return spec
    spec.loader = hooked_loader(loader, hook)
    return spec


def hooked_loader(loader, hook):
    def create_module(spec):
        return loader.create_module(spec)

    def exec_module(module):
        # The module keeps its own loader: the wrapper is invisible afterwards.
        try:
            module.__loader__ = loader
            module.__spec__.loader = loader
        except BaseException:
            pass
        loader.exec_module(module)
        _pending_hooks.pop(module.__name__, None)
        try:
            hook(module)
        except BaseException as exc:
            _audit("pytutor", "unhooked", "%s: %s" % (module.__name__, short(exc)))

    return _namespace_type(create_module=create_module, exec_module=exec_module)
