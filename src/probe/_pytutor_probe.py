# pytutor's probe: records what the learner's program really did and who did
# it, and reports it as JSON lines on a private file descriptor: every output
# line with the thread, asyncio task, pool job or process that wrote it, on the
# program's own clock; threads, tasks, jobs and processes with their targets
# and arguments; sleeps; gc collections and which instances were cyclic
# garbage; context managers; queues; tracemalloc readings; the uncaught
# exception. Standard library only; CPython 3.8 to 3.13.
#
# Two rules shape it.
#
# 1. Transparency: every wrapper behaves exactly like what it wraps.
#
# 2. Nothing the program can reach holds the probe's state. What decides a
#    verdict (the channel and its token, the clock, who is running, the
#    per-writer output buffers, the registry of threads, tasks and jobs) lives
#    in the closure of one function, the core, registered with
#    sys.addaudithook: CPython keeps audit hooks where Python code cannot
#    list, read or remove them. The wrappers (_pytutor_wrappers.py, executed
#    in a private namespace) only pass the program's own data to the core
#    with sys.audit("pytutor", ...). The core measures times and identities
#    itself, accepts those calls only from the wrappers' code, checks that the
#    wrappers, their cells and their namespace still hold what they held, and
#    reports as tampering any introspection that reaches for the probe (its
#    code objects and frames, the raw gc views, frame tracing, the channel's
#    descriptor, process memory, C-level symbols through ctypes).
import sys
import os

PROBE_VERSION = 2

# The builtins the wrappers may name: their globals hold these and nothing else.
WRAPPER_BUILTINS = (
    "BaseException", "Exception", "TypeError", "ValueError", "OSError", "AttributeError", "SystemExit",
    "bool", "bytes", "bytearray", "callable", "dict", "float", "getattr", "hasattr", "int", "isinstance", "len",
    "list", "max", "memoryview", "repr", "setattr", "str", "type", "__import__", "eval", "open", "set", "SyntaxError",
    "any", "id", "tuple", "min", "sorted", "range", "next", "iter", "zip", "compile",
)


def _make_core(config):
    # Everything the core uses is captured now, before the program runs; it
    # never calls the program's code (no repr, str, hash or attribute of the
    # program's objects: the wrappers pass plain values).
    import _thread
    import _weakref
    import gc as gc_module
    import time
    try:
        import resource
    except ImportError:
        resource = None
    # Read at the end through these, never through the module, whose
    # attributes the program can replace.
    getrusage = resource.getrusage if resource is not None else None
    RUSAGE_SELF = resource.RUSAGE_SELF if resource is not None else 0
    RUSAGE_CHILDREN = resource.RUSAGE_CHILDREN if resource is not None else 0
    # getrusage gives KiB on Linux and bytes on macOS.
    rss_in_bytes = sys.platform == "darwin"
    try:
        import _tracemalloc
    except ImportError:
        _tracemalloc = None
    # Its functions as they are now: the probe wraps _tracemalloc's own.
    tm_is_tracing = _tracemalloc.is_tracing if _tracemalloc is not None else None
    tm_get_traced_memory = _tracemalloc.get_traced_memory if _tracemalloc is not None else None

    mono = time.monotonic
    get_ident = _thread.get_ident
    getframe = sys._getframe
    getrefcount = sys.getrefcount
    getpid = os.getpid
    os_write = os.write
    os_fstat = os.fstat
    os_kill = os.kill
    basename = os.path.basename
    # One encoder for every event, built once (json.dumps with options builds a new one per call).
    encode = config["json_encoder"](lambda value: plain(value))
    raw_get_objects = gc_module.get_objects
    gc_isenabled = gc_module.isenabled
    gc_disable = gc_module.disable
    gc_enable = gc_module.enable
    raw_get_referents = gc_module.get_referents
    is_tracked = gc_module.is_tracked
    gc_garbage = gc_module.garbage
    gc_get_debug = gc_module.get_debug
    SAVEALL = gc_module.DEBUG_SAVEALL
    # (_weakref is what weakref.ref comes from: importing weakref itself would
    # load _weakrefset and types, ~1.5 ms of every start, for this one name.)
    weakref_ref = _weakref.ref
    sys_modules = sys.modules
    repr_ = repr
    inspected_names = tuple(INSPECTED)
    type_ = type
    id_ = id
    len_ = len
    str_ = str
    int_ = int
    float_ = float
    bool_ = bool
    list_ = list
    tuple_ = tuple
    dict_ = dict
    BaseException_ = BaseException
    memoryview_ = memoryview
    ValueError_ = ValueError
    OSError_ = OSError
    TypeError_ = TypeError
    CODE = type_(_make_core.__code__)
    FRAME = type_(sys._getframe())
    BUILTIN = type_(len)
    NUMBER = (int, float)

    fd = config["fd"]
    token = config.pop("token")
    pid0 = getpid()
    learner_dirs = config["learner_dirs"]
    cwd0 = os.path.join(os.getcwd(), "")
    output_limit = config["output_limit"]
    # The channel carries the output: a bound on its lines as well as its
    # bytes (one line per 50 bytes of the limit: 20,000 for the default 1 MB,
    # far beyond any exercise), so that a flood of short lines, which costs the
    # probe a few tens of microseconds a line, is stopped within a second or two.
    MAX_OUTPUT_EVENTS = max(1000, output_limit // 50)
    t0 = mono()
    try:
        channel_inode = os_fstat(fd).st_ino
    except OSError_:
        channel_inode = None

    state = {
        "fd": fd, "writes": 0, "sealed": False, "out_bytes": 0, "out_events": 0, "out_capped": False, "events": 0, "threads": 0, "tasks": 0,
        "jobs": 0, "queues": 0, "finalizers": 0, "waits": 0, "inspecting": False, "traced_peak": None, "reset_peak": None, "ended": False, "asyncio": None, "last_writer": None,
    }
    tampered = set()
    busy = set()
    write_lock = _thread.allocate_lock()
    # What install registered: the wrappers' code, their cells, the attributes
    # they were installed on, their namespace and its builtins.
    allowed_codes = set()
    # Wrapper bodies that close over what they wrap (`original`), and the ids of
    # the originals the probe itself wrapped: a wrapper the program built from a
    # factory around its own function is not one of them.
    original_codes = set()
    genuine_originals = set()
    # The probe module's own code (hooks, _wrap): the only path by which a
    # registration may arrive once the program runs.
    probe_codes = set()
    owned_functions = set()
    cells = []
    cell_values = []
    installed = []
    # (name, module): what sys.modules held for the modules the grader's
    # inspections import.
    watched_modules = []
    namespace = [None, (), None, ()]
    # Who is running: thread idents → thread numbers; the job each thread runs;
    # the job whose result each thread last took.
    thread_of_ident = {get_ident(): 0}
    job_of_ident = {}
    about_of_ident = {}
    # Objects by id, each with a weak reference that tells a reused id apart.
    threads_by_id = {}
    tasks_by_id = {}
    jobs_by_id = {}
    futures_by_id = {}
    queues_by_id = {}
    learner_classes = {}
    sleepy_jobs = set()
    sleepy_threads = set()
    pending = {}
    interrupted = set()
    runs_seen = set()
    sleeping = {}
    # Blocking waits (for the timeline only; no check reads them): open ones
    # by thread ident (a stack each), asyncio.gather futures by id.
    blocked = {}
    gathering = {}
    gc_pending = {}
    raw_sleep_expected = set()
    call_counts = {}
    finalizing = {}
    owned_ids = set()

    def clock():
        return mono() - t0

    def write_line(text, often=False):
        # `often`: an event of a stream (output lines) checks that the channel
        # is still its own only once every 16 writes; every other event, always.
        data = (text + "\n").encode("ascii")
        current = state["fd"]
        if current is None:
            return
        with write_lock:
            try:
                state["writes"] += 1
                if channel_inode is not None and (not often or state["writes"] & 15 == 0) and os_fstat(current).st_ino != channel_inode:
                    state["fd"] = None
                    return
                view = memoryview_(data)
                while view:
                    view = view[os_write(current, view):]
            except OSError_:
                state["fd"] = None

    def emit(event, fields):
        fields["event"] = event
        fields["t"] = round(clock(), 6)
        fields["k"] = token
        pid = getpid()
        if pid != pid0:
            fields["pid"] = pid
        try:
            text = encode(fields)
        except BaseException_:
            text = encode({"event": "probe-error", "t": fields["t"], "k": token, "message": "unencodable %s event" % event})
        write_line(text, event == "o")

    def plain(value):
        # json's fallback: builtin values only, never the program's code.
        if type_(value) is bytes:
            return value[:80].decode("latin-1")
        return "<%s>" % type_(value).__name__

    def text(value, limit=200):
        return value[:limit] if type_(value) is str_ else None

    def flag(what):
        if what in tampered:
            return
        tampered.add(what)
        emit("tamper", {"what": [what]})

    def learner_file(filename):
        if type_(filename) is not str_:
            return False
        if not filename.startswith("/") and filename[1:3] != ":\\":
            # 3.8 names the main script as it was given: relative to the start folder.
            filename = cwd0 + filename
        return filename.startswith(learner_dirs)

    def site_from(frame):
        # The innermost frame of the program's own files, as "file:line".
        while frame is not None:
            code = frame.f_code
            if learner_file(code.co_filename):
                return "%s:%d" % (basename(code.co_filename), frame.f_lineno)
            frame = frame.f_back
        return None

    def thread_number(ident):
        number = thread_of_ident.get(ident)
        if number is None:
            # A thread whose start the probe did not see (_thread.start_new_thread).
            state["threads"] += 1
            number = state["threads"]
            thread_of_ident[ident] = number
            emit("thread", {"n": number, "name": "?", "api": "_thread", "learner": False, "daemon": True})
            emit("run", {"n": number, "phase": "begin", "ident": ident})
        return number

    def current_task():
        functions = state["asyncio"]
        if functions is None:
            return None
        try:
            loop = functions[0]()
            task = functions[1](loop) if loop is not None else None
        except BaseException_:
            return None
        return None if task is None else number_of(tasks_by_id, task)

    def who():
        # The thread, job and task running now, as the core sees them.
        ident = get_ident()
        fields = {"th": thread_number(ident)}
        job = job_of_ident.get(ident)
        if job is not None:
            fields["jb"] = job
        task = current_task()
        if task is not None:
            fields["tk"] = task
        return fields

    def number_of(table, obj):
        entry = table.get(id_(obj))
        if entry is None:
            return None
        if entry[1]() is not obj:
            del table[id_(obj)]
            return None
        return entry[0]

    def remember(table, obj, number):
        try:
            table[id_(obj)] = (number, weakref_ref(obj))
        except TypeError_:
            pass

    # ------------------------------------------------------------ output

    def output(data):
        if state["out_capped"] or state["inspecting"]:
            return
        fields = who()
        key = (getpid(), fields["th"], fields.get("tk"), fields.get("jb"))
        about = about_of_ident.get(get_ident())
        if about is not None and len_(fields) == 1:
            fields["ab"] = about
        finalizer = finalizing.get(get_ident())
        if finalizer is not None:
            fields["fz"] = finalizer
        state["out_bytes"] += len_(data)
        if state["out_bytes"] > output_limit:
            state["out_capped"] = True
            emit("o-cap", {"bytes": state["out_bytes"]})
            return
        piece = data.decode("utf-8", "replace")
        buffered = pending.get(key, "")
        if buffered and state["last_writer"] != key:
            interrupted.add(key)
        state["last_writer"] = key
        buffered += piece
        cut = buffered.rfind("\n")
        if cut < 0:
            pending[key] = buffered
            return
        rest = buffered[cut + 1:]
        if rest:
            pending[key] = rest
        else:
            pending.pop(key, None)
        send_output(buffered[: cut + 1], fields, key in interrupted)
        interrupted.discard(key)

    def send_output(piece, fields, mixed):
        # In pieces that stay under PIPE_BUF once encoded, so that lines from
        # forked children, which share the channel, never tear.
        size = 60000 if getpid() == pid0 else 500
        state["out_events"] += 1
        if state["out_events"] > MAX_OUTPUT_EVENTS:
            state["out_capped"] = True
            emit("o-cap", {"bytes": state["out_bytes"], "events": state["out_events"]})
            return
        for start in range(0, len_(piece), size):
            event = dict_(fields)
            event["s"] = piece[start:start + size]
            if mixed and start == 0:
                event["m"] = 1
            emit("o", event)

    def flush_key(key, fields):
        buffered = pending.pop(key, "")
        if buffered:
            send_output(buffered, fields, key in interrupted)
        interrupted.discard(key)

    def flush_current():
        fields = who()
        flush_key((getpid(), fields["th"], fields.get("tk"), fields.get("jb")), fields)

    def flush_all():
        for key in list_(pending):
            fields = {"th": key[1]}
            if key[2] is not None:
                fields["tk"] = key[2]
            if key[3] is not None:
                fields["jb"] = key[3]
            flush_key(key, fields)

    # ------------------------------------------------------------ integrity

    def intact():
        # The wrappers still hold what they held and sit where they were put.
        if cells:
            try:
                now = [cell.cell_contents for cell in cells]
            except ValueError_:
                now = []
            if len_(now) != len_(cell_values) or any(a is not b for a, b in zip(now, cell_values)):
                flag("the probe's wrappers were rewired (their closure cells changed)")
        for owner, name, value in installed:
            try:
                current = getattr(owner, name)
            except BaseException_:
                current = None
            if current is not value:
                flag("%s.%s was replaced" % (owner_name(owner), name))
        for name, module in watched_modules:
            if sys_modules.get(name, module) is not module:
                flag("sys.modules[%s] was replaced" % repr_(name))
        ns, ns_items, builtins_dict, builtins_items = namespace
        if ns is not None:
            if len_(ns) != len_(ns_items) or any(ns.get(k, ns) is not v for k, v in ns_items):
                flag("the probe's wrappers' globals were changed")
            elif len_(builtins_dict) != len_(builtins_items) or any(builtins_dict.get(k, ns) is not v for k, v in builtins_items):
                flag("the probe's wrappers' builtins were changed")

    def owner_name(owner):
        name = getattr(owner, "__name__", None)
        return name if type_(name) is str_ else "?"

    def learner_at(frame):
        return frame is not None and learner_file(frame.f_code.co_filename)

    def learner_on_stack(frame):
        while frame is not None:
            if learner_file(frame.f_code.co_filename):
                return True
            frame = frame.f_back
        return False

    def probe_object(obj):
        if id_(obj) in owned_functions or id_(obj) in owned_ids:
            return True
        kind = type_(obj)
        try:
            if kind is FRAME:
                return obj.f_code in allowed_codes or obj.f_code in core_codes
            if kind is CODE:
                return obj in allowed_codes or obj in core_codes
            name = kind.__name__
            if name == "traceback":
                code = obj.tb_frame.f_code
            elif name == "generator":
                code = obj.gi_code
            elif name == "coroutine":
                code = obj.cr_code
            else:
                return False
        except BaseException_:
            return False
        return code in allowed_codes or code in core_codes

    def owned(obj):
        if id_(obj) in owned_ids or id_(obj) in owned_functions:
            return True
        if type_(obj) is FRAME:
            return obj.f_code in core_codes
        return False

    # ------------------------------------------------------------ gc

    def learner_class_of(obj):
        cls = type_(obj)
        entry = learner_classes.get(id_(cls))
        if entry is None or entry[1]() is not cls:
            return None
        return entry[0]

    def cyclic_garbage():
        # Which instances of the program's classes are garbage that only the
        # cyclic collector can free right now. gc's own reasoning, over the
        # objects reachable from those instances: a group is garbage when
        # nothing outside it refers to any of its members. Every step runs in
        # a function of its own, so no loop variable outlives it holding a
        # reference that would count as one from outside.
        nodes, roots = learner_nodes()
        if not reach(nodes):
            nodes.clear()
            return {}, False, 0
        edges, inner = inner_references(nodes)
        alive = outside_referenced(nodes, inner)
        seen = set(alive)
        while alive:
            for target in edges[alive.pop()]:
                if target not in seen:
                    seen.add(target)
                    alive.append(target)
        garbage = weak_garbage(nodes, roots, seen)
        linked = linked_garbage(edges, garbage)
        nodes.clear()
        return garbage, True, linked

    def linked_garbage(edges, garbage):
        # How many of the garbage instances lie on a cycle through another of
        # them (each reaches the other, through the objects in between): two
        # instances that point to each other (through attributes, lists,
        # dicts) make 2; instances that each point only to themselves make 0,
        # and so do self-cycles that only point on to a shared one. Keys are
        # ids: nothing here holds an object.
        reached = {}
        for key in garbage:
            reached[key] = garbage_reached(edges, garbage, key)
        count = 0
        for key in garbage:
            for other in reached[key]:
                if other != key and key in reached.get(other, ()):
                    count += 1
                    break
        return count

    def garbage_reached(edges, garbage, start):
        # The garbage instances start reaches (itself only through a cycle).
        found = {}
        queue = list_(edges.get(start, ()))
        visited = {}
        while queue and len_(visited) < 20000:
            key = queue.pop()
            if key in visited:
                continue
            visited[key] = None
            if key in garbage:
                found[key] = None
            queue.extend(edges.get(key, ()))
        return found

    def learner_nodes():
        nodes = {}
        roots = {}
        for obj in raw_get_objects():
            name = learner_class_of(obj)
            if name is not None:
                nodes[id_(obj)] = obj
                roots[id_(obj)] = name
        return nodes, roots

    def reach(nodes):
        queue = list_(nodes)
        while queue:
            for ref in raw_get_referents(nodes[queue.pop()]):
                if id_(ref) in nodes or not is_tracked(ref) or type_(ref).__name__ in SKIPPED:
                    continue
                if len_(nodes) >= 20000:
                    return False
                nodes[id_(ref)] = ref
                queue.append(id_(ref))
        return True

    def inner_references(nodes):
        edges = {}
        inner = dict_.fromkeys(nodes, 0)
        for key in list_(nodes):
            targets = [id_(r) for r in raw_get_referents(nodes[key]) if id_(r) in nodes]
            edges[key] = targets
            for target in targets:
                inner[target] += 1
        return edges, inner

    def outside_referenced(nodes, inner):
        # How many references reading a count adds differs between versions
        # (3.11 stopped copying call arguments): measure it on an object that
        # only `nodes` holds, read the same way.
        sentinel = [None]
        key0 = id_(sentinel)
        nodes[key0] = sentinel
        del sentinel
        baseline = count_refs(nodes[key0])
        del nodes[key0]
        alive = []
        for key in list_(nodes):
            if count_refs(nodes[key]) - baseline - inner[key] > 0:
                alive.append(key)
        return alive

    def count_refs(value):
        return getrefcount(value)

    def weak_garbage(nodes, roots, seen):
        garbage = {}
        for key, name in roots.items():
            if key not in seen:
                garbage[key] = (name, weak(nodes[key]))
        return garbage

    def weak(obj):
        # A weak reference, or None for instances that take none (__slots__
        # without __weakref__): those are looked for by id afterwards.
        try:
            return weakref_ref(obj)
        except TypeError_:
            return None

    def dead(entries):
        # Which (key, (name, ref)) entries died: their weak reference is dead
        # (if they take one) and no instance of their class keeps their id.
        # The collector clears weak references before it calls __del__: an
        # object its __del__ brought back to life (stored somewhere) has a
        # dead weak reference and is still there.
        living = None
        out = []
        for key, (name, ref) in entries:
            if ref is not None and ref() is not None:
                continue
            if living is None:
                living = set(id_(obj) for obj in raw_get_objects() if learner_class_of(obj) is not None)
            if key not in living:
                out.append(name)
        return out

    SKIPPED = frozenset(("type", "module", "function", "code", "frame", "builtin_function_or_method", "method", "cell"))

    def instances():
        refs = []
        for obj in raw_get_objects():
            name = learner_class_of(obj)
            if name is not None:
                refs.append((id_(obj), (name, weak(obj))))
        return refs

    # ------------------------------------------------------------ events from the wrappers

    def on_event(args, caller):
        kind = args[0]
        if kind == "w":
            if type_(args[1]) is bytes:
                output(args[1])
            return
        if kind == "flush":
            flush_current()
            return
        if kind == "register":
            register(args[1])
            return
        if getpid() != pid0:
            if kind == "fork-child":
                pending.clear()
                interrupted.clear()
            elif kind == "exit":
                flush_all()
            return
        handler = HANDLERS.get(kind)
        # What the grader's own inspections do with the program's functions and
        # classes (threads, managers, calls) is not what the program did.
        if handler is not None and not (state["inspecting"] and kind in PROGRAM_ONLY):
            handler(args, caller)

    def on_sleep_begin(args, caller):
        ident = get_ident()
        fields = who()
        learner = learner_at(caller) or fields.get("jb") in sleepy_jobs or fields["th"] in sleepy_threads
        seconds = args[1] if type_(args[1]) in NUMBER else None
        sleeping[(ident, args[2], fields.get("tk"))] = (clock(), seconds, fields, learner)
        if args[2] == "time":
            raw_sleep_expected.add(ident)

    def on_sleep_end(args, caller):
        ident = get_ident()
        kind = args[1]
        if kind == "time":
            raw_sleep_expected.discard(ident)
        began = sleeping.pop((ident, kind, current_task()), None)
        if began is None:
            return
        begin, seconds, fields, learner = began
        end = clock()
        event = dict_(fields)
        event.update({"kind": kind, "secs": seconds, "b": round(begin, 6), "e": round(end, 6), "learner": bool_(learner)})
        # time.sleep never returns early unless interrupted; the event loop may
        # wake an asyncio.sleep a little before its time, so only time.sleep counts.
        if kind == "time" and args[2] is True and seconds is not None and seconds > 0 and end - begin < seconds - 0.002:
            flag("a %s.sleep(%s) that did not wait" % (kind, seconds))
        emit("sleep", event)

    # At most this many wait events in a run: beyond it the timeline draws the
    # rest of the waits as running.
    MAX_WAIT_EVENTS = 5000
    WAIT_KINDS = frozenset(("lock", "queue", "future", "event", "join", "condition", "semaphore", "barrier"))

    def shared_ctypes_at(frame):
        # The standard library's multiprocessing.sharedctypes made the call
        # (not a file of the program's that names itself so).
        if frame is None:
            return False
        filename = frame.f_code.co_filename
        return stdlib_file(filename, "multiprocessing/sharedctypes.py") and not learner_file(filename)

    def stdlib_file(filename, *names):
        for name in names:
            if filename.endswith("/" + name) or filename.endswith("\\" + name.replace("/", "\\")):
                return True
        return False

    def wait_kind(frame):
        # What a threading.Condition.wait was for, from who called it: the
        # program's own frame ends the search. None for Thread.start waiting
        # for its new thread to begin, which is no wait of the program's.
        kind = None
        while frame is not None:
            code = frame.f_code
            filename = code.co_filename
            if learner_file(filename):
                return kind or "condition"
            name = code.co_name
            if stdlib_file(filename, "threading.py"):
                if name == "start":
                    return None
                if kind is None:
                    if name in ("_wait", "_enter"):
                        kind = "barrier"
                    elif name == "acquire":
                        kind = "semaphore"
                    elif name == "wait":
                        kind = "event"
            elif stdlib_file(filename, "queue.py"):
                kind = "queue"
            elif stdlib_file(filename, "concurrent/futures/_base.py", "multiprocessing/pool.py"):
                kind = "future"
            frame = frame.f_back
        return kind or "condition"

    def emit_wait(fields, kind, begin, end, unfinished=False):
        if state["waits"] >= MAX_WAIT_EVENTS:
            return
        state["waits"] += 1
        event = dict_(fields)
        event.update({"kind": kind, "b": round(max(0.0, begin), 6), "e": round(max(0.0, end), 6)})
        if unfinished:
            event["unfinished"] = True
        emit("wait", event)

    def on_wait_begin(args, caller):
        kind = args[1]
        if kind == "exit":
            # The main thread at the program's end, waiting for its threads.
            kind = "join" if thread_of_ident.get(get_ident()) == 0 else None
        elif kind is None:
            kind = wait_kind(caller)
        elif kind not in WAIT_KINDS:
            kind = None
        stack = blocked.get(get_ident())
        if stack is None:
            stack = blocked[get_ident()] = []
        # A wait that is not the program's is kept too, so that its end pairs with it.
        stack.append((clock(), kind, who() if kind is not None else None))

    def on_wait_end(args, caller):
        ident = get_ident()
        stack = blocked.get(ident)
        if not stack:
            return
        begin, kind, fields = stack.pop()
        if not stack:
            del blocked[ident]
        end = clock()
        if kind is not None and end - begin > 0.001:
            emit_wait(fields, kind, begin, end)

    def on_wait(args, caller):
        # A wait timed by its wrapper, on the system's monotonic clock.
        _, kind, begin, end = args
        if kind not in WAIT_KINDS or type_(begin) is not float_ or type_(end) is not float_ or not begin <= end:
            return
        if end - begin > 0.001:
            emit_wait(who(), kind, begin - t0, min(end - t0, clock()))

    def on_gather(args, caller):
        if type_(args[2]) is float_:
            fields = who()
            if fields.get("tk") is not None:
                try:
                    gathering[id_(args[1])] = (weakref_ref(args[1]), args[2], fields)
                except TypeError_:
                    pass

    def on_gathered(args, caller):
        entry = gathering.pop(id_(args[1]), None)
        if entry is not None and entry[0]() is args[1] and type_(args[2]) is float_ and args[2] - entry[1] > 0.001:
            emit_wait(entry[2], "future", entry[1] - t0, min(args[2] - t0, clock()))

    def on_thread_start(args, caller):
        _, thread, name, target, texts, numbers, daemon, sleeps = args
        state["threads"] += 1
        number = state["threads"]
        remember(threads_by_id, thread, number)
        filename = caller.f_code.co_filename if caller is not None else ""
        if learner_file(filename):
            api = "Thread"
        elif filename.endswith(("concurrent/futures/thread.py", "concurrent\\futures\\thread.py")):
            api = "ThreadPoolExecutor"
        elif "asyncio" in filename:
            api = "asyncio"
        elif "multiprocessing" in filename:
            api = "multiprocessing"
        else:
            api = "other"
        where = site_from(caller)
        fields = who()
        if sleeps:
            sleepy_threads.add(number)
        emit("thread", {
            "n": number, "name": text(name), "api": api, "target": text(target), "args": plain_list(texts),
            "nums": number_list(numbers), "daemon": bool_(daemon), "site": where,
            "learner": api in ("Thread", "ThreadPoolExecutor") and where is not None,
            "by": fields["th"], "byTask": fields.get("tk"),
        })

    def on_run(args, caller):
        _, thread, phase, name, native = args
        number = number_of(threads_by_id, thread)
        if number is None:
            return
        ident = get_ident()
        if phase == "begin":
            if number in runs_seen:
                flag("a thread's run() was called twice")
                return
            runs_seen.add(number)
            thread_of_ident[ident] = number
            # `ident` is what faulthandler's stack dump names the thread by (in hex).
            emit("run", {"n": number, "phase": "begin", "native": native if type_(native) is int_ else None, "ident": ident})
        elif thread_of_ident.get(ident) == number:
            flush_key((getpid(), number, None, None), {"th": number})
            emit("run", {"n": number, "phase": "end", "name": text(name)})
            del thread_of_ident[ident]

    def on_join(args, caller):
        number = number_of(threads_by_id, args[1])
        if number is not None:
            event = who()
            event.update({"target": number, "done": bool_(args[2])})
            emit("join", event)

    def on_task(args, caller):
        _, task, name, texts, numbers, filename = args
        state["tasks"] += 1
        number = state["tasks"]
        remember(tasks_by_id, task, number)
        fields = who()
        emit("task", {"n": number, "coro": text(name), "args": plain_list(texts), "nums": number_list(numbers),
                      "learner": learner_file(filename), "site": site_from(caller), "by": fields["th"], "byTask": fields.get("tk")})

    def on_task_done(args, caller):
        number = number_of(tasks_by_id, args[1])
        if number is not None:
            emit("task-done", {"n": number})

    def on_asyncio(args, caller):
        if state["asyncio"] is None and type_(args[1]) is BUILTIN and type_(args[2]) is BUILTIN:
            state["asyncio"] = (args[1], args[2])

    def on_job(args, caller):
        _, item, future, executor, fn, texts, numbers, sleeps = args
        state["jobs"] += 1
        number = state["jobs"]
        remember(jobs_by_id, item, number)
        remember(futures_by_id, future, number)
        where = site_from(caller)
        fields = who()
        if sleeps:
            sleepy_jobs.add(number)
        emit("job", {"n": number, "exec": text(executor), "fn": text(fn), "args": plain_list(texts), "nums": number_list(numbers),
                     "learner": where is not None, "site": where, "by": fields["th"], "byTask": fields.get("tk")})

    def on_job_run(args, caller):
        number = number_of(jobs_by_id, args[1])
        if number is None:
            return
        ident = get_ident()
        thread = thread_number(ident)
        if args[2] == "begin":
            job_of_ident[ident] = number
        else:
            flush_key((getpid(), thread, current_task(), number), {"th": thread, "jb": number})
            job_of_ident.pop(ident, None)
        emit("job-run", {"n": number, "phase": text(args[2]), "th": thread})

    def on_future_done(args, caller):
        number = number_of(futures_by_id, args[1])
        if number is not None:
            emit("job-done", {"n": number, "ok": bool_(args[2])})

    def on_result(args, caller):
        number = number_of(futures_by_id, args[1])
        if number is not None:
            about_of_ident[get_ident()] = number
            event = who()
            event["job"] = number
            emit("result", event)

    def on_process(args, caller):
        _, target, name, child, method, texts = args
        filename = caller.f_code.co_filename if caller is not None else ""
        where = site_from(caller)
        if learner_file(filename):
            api = "Process"
        elif filename.endswith(("concurrent/futures/process.py", "concurrent\\futures\\process.py")):
            api = "ProcessPoolExecutor"
        elif filename.endswith(("multiprocessing/pool.py", "multiprocessing\\pool.py")):
            api = "Pool"
        else:
            api = "other"
        emit("process", {"api": api, "target": text(target), "name": text(name), "child": child if type_(child) is int_ else None,
                         "method": text(method), "args": plain_list(texts), "learner": api != "other" or where is not None, "site": where})

    def on_fork(args, caller):
        if type_(args[1]) is int_:
            emit("fork", {"child": args[1], "site": site_from(caller)})

    def on_gc_before(args, caller):
        ident = get_ident()
        if not learner_at(caller):
            gc_pending[ident] = None
            return
        begin = clock()
        garbage, ok, linked = cyclic_garbage()
        gc_pending[ident] = (garbage, ok, linked, instances(), begin, site_from(caller))

    def on_gc_after(args, caller):
        before = gc_pending.pop(get_ident(), None)
        if before is None:
            return
        garbage, ok, linked, refs, begin, where = before
        freed = {}
        cyclic = {}
        for name in dead(refs):
            freed[name] = freed.get(name, 0) + 1
        for name in dead(garbage.items()):
            cyclic[name] = cyclic.get(name, 0) + 1
        returned = args[1]
        kept = len_(gc_garbage)
        try:
            saved = gc_get_debug() & SAVEALL
        except BaseException_:
            saved = 0
        if saved:
            # With DEBUG_SAVEALL the collector keeps what it found in
            # gc.garbage instead of freeing it (their weak references are
            # cleared all the same): nothing was freed, whatever the list
            # holds now (a gc.callbacks hook of the program may have emptied
            # it into a list of its own).
            kept = max(kept, len_(garbage))
            freed = {}
            cyclic = {}
        emit("gc", {"returned": returned if type_(returned) is int_ else None, "tracked": len_(refs), "freed": freed,
                    "cyclic": cyclic, "linked": linked, "analysis": ok, "garbage": kept, "ms": round((clock() - begin) * 1000, 3),
                    "site": where})

    def on_gc_read(args, caller):
        if not learner_at(caller):
            return
        value = args[2]
        if type_(value) is tuple_:
            value = [v for v in value if type_(v) is int_]
        elif type_(value) is not int_:
            return
        event = who()
        event.update({"what": text(args[1]), "value": value})
        emit("gc-read", event)

    def on_filter(args, caller):
        # The program's view of gc leaves the probe's own objects out.
        found = args[1]
        if type_(found) is list_:
            found[:] = [obj for obj in found if not owned(obj)]

    def on_class(args, caller):
        _, cls, name, filename, context = args
        if learner_file(filename) and type_(name) is str_:
            try:
                learner_classes[id_(cls)] = (name, weakref_ref(cls))
            except TypeError_:
                return
            emit("class", {"name": name, "context": bool_(context)})

    def on_context(args, caller):
        _, name, phase, exc, suppressed, raised, generator = args
        event = {"cls": text(name), "phase": text(phase)}
        if phase == "exit":
            event["exc"] = text(exc)
            event["suppressed"] = bool_(suppressed)
            if raised is not None:
                event["raised"] = text(raised)
        if generator:
            event["generator"] = True
        emit("context", event)

    def on_exception(args, caller):
        _, type_name, message, thread_name, trace, frames = args
        event = who()
        event.update({"type": text(type_name) or "?", "message": text(message, 2000) or "", "thread": text(thread_name),
                      "traceback": trace[-20000:] if type_(trace) is str_ else "", "frames": plain_frames(frames)})
        emit("exception", event)

    def on_call(args, caller):
        if not learner_at(caller):
            return
        name = text(args[1])
        count = call_counts.get(name, 0) + 1
        call_counts[name] = count
        event = {"name": name, "count": count}
        if type_(args[2]) in NUMBER:
            event["ret"] = args[2]
        if count <= 2000:
            emit("call", event)

    def on_queue(args, caller):
        _, queue, api, op, item = args
        number = number_of(queues_by_id, queue)
        if number is None:
            state["queues"] += 1
            number = state["queues"]
            remember(queues_by_id, queue, number)
        event = who()
        event.update({"q": number, "api": text(api), "op": text(op), "item": text(item, 80)})
        emit("queue", event)

    def on_tracemalloc(args, caller):
        if learner_at(caller) and type_(args[1]) is int_ and type_(args[2]) is int_:
            event = who()
            event.update({"current": args[1], "peak": args[2]})
            emit("tm", event)

    def on_tracemalloc_reset(args, caller):
        # The program's peak before it stopped or reset tracing, whoever made
        # the call (an atexit callback, contextlib's ExitStack); the grader's
        # own peak() during the inspections does not count.
        if not state["inspecting"] and type_(args[1]) is int_:
            state["reset_peak"] = args[1] if state["reset_peak"] is None or args[1] > state["reset_peak"] else state["reset_peak"]

    def on_guard(args, caller):
        flag("the program tried to close or replace the probe's channel (%s)" % text(args[1]))

    def on_guard_grader(args, caller):
        flag("the program tried to end pytutor itself (%s)" % text(args[1]))

    def on_exit(args, caller):
        flush_all()
        emit("exit", {"code": args[1] if type_(args[1]) is int_ else None})

    def on_inspections(args, caller):
        if args[1] is True and learner_on_stack(caller):
            flag("the program ran pytutor's exit report early")
            return
        state["inspecting"] = args[1] is True
        if args[1] is True:
            # A module the inspections import that sys.modules holds though
            # its import never went through the probe's hook: the program put
            # it there (a stand-in before any real import).
            seen = set(name for name, module in watched_modules)
            for name in inspected_names:
                if name not in seen and sys_modules.get(name) is not None:
                    flag("sys.modules[%s] was set by the program" % repr_(name))
        if args[1] is True and _tracemalloc is not None:
            # The program's own peak, before an inspection (peak() restarts
            # tracemalloc) adds to it or resets it.
            try:
                if tm_is_tracing():
                    state["traced_peak"] = tm_get_traced_memory()[1]
            except BaseException_:
                pass

    def on_inspect(args, caller):
        if state["inspecting"]:
            value = args[2] if type_(args[2]) in NUMBER else None
            event = {"name": text(args[1]), "value": value, "error": text(args[3], 300)}
            if len_(args) > 4 and type_(args[4]) is str_:
                event["text"] = args[4][:500]
            emit("inspect", event)

    def on_end(args, caller):
        if state["ended"]:
            return
        if learner_on_stack(caller):
            flag("the program ran pytutor's exit report early")
            return
        state["ended"] = True
        flush_all()
        intact()
        # Waits still in progress at the end (daemon threads the exit will kill).
        now = clock()
        for (ident, kind, task), (begin, seconds, fields, learner) in list_(sleeping.items()):
            event = dict_(fields)
            event.update({"kind": kind, "secs": seconds, "b": round(begin, 6), "e": round(now, 6), "learner": bool_(learner), "unfinished": True})
            emit("sleep", event)
        for stack in list_(blocked.values()):
            for begin, kind, fields in stack:
                if kind is not None:
                    emit_wait(fields, kind, begin, now, True)
        for ref, begin, fields in list_(gathering.values()):
            emit_wait(fields, "future", begin - t0, now, True)
        fields = {"outputBytes": state["out_bytes"]}
        if call_counts:
            fields["calls"] = dict_(call_counts)
        if getrusage is not None:
            try:
                own = getrusage(RUSAGE_SELF)
                kids = getrusage(RUSAGE_CHILDREN)
                fields["cpuSeconds"] = round(own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime, 6)
                fields["maxRssKb"] = own.ru_maxrss // 1024 if rss_in_bytes else own.ru_maxrss
            except BaseException_:
                pass
        if _tracemalloc is not None:
            try:
                peak = state["traced_peak"]
                if peak is None and tm_is_tracing():
                    peak = tm_get_traced_memory()[1]
                before = state["reset_peak"]
                if before is not None and (peak is None or before > peak):
                    peak = before
                if peak is not None:
                    fields["tracedPeak"] = peak
            except BaseException_:
                pass
        emit("end", fields)
        end_children()

    def on_finalizer(args, caller):
        ident = get_ident()
        if args[1] == "begin":
            state["finalizers"] += 1
            number = state["finalizers"]
            # Its object died while the program's own code ran (the `del`), or
            # during the exit, or someone called it.
            if args[2] is True:
                how = "death" if learner_on_stack(caller) else "exit"
            else:
                how = "manual" if learner_at(caller) else "exit"
            finalizing[ident] = number
            emit("finalizer", {"n": number, "how": how, "ended": state["ended"]})
        else:
            number = finalizing.pop(ident, None)
            if number is not None:
                flush_key((getpid(), thread_of_ident.get(ident, 0), current_task(), job_of_ident.get(ident)), who())

    def on_unhooked(args, caller):
        emit("probe-error", {"message": "could not hook %s" % text(args[1])})

    list_children = config["children"]

    def end_children():
        # Whatever the program left running (its own children, adopted orphans).
        try:
            found = list_children()
        except BaseException_:
            found = []
        for child in found:
            try:
                os_kill(child, 9)
            except OSError_:
                pass

    def plain_list(values):
        if type_(values) is not list_:
            return []
        return [v[:80] if type_(v) is str_ else None for v in values[:8]]

    def number_list(values):
        if type_(values) is not list_:
            return []
        return [v if type_(v) in NUMBER and type_(v) is not bool_ else None for v in values[:8]]

    def plain_frames(frames):
        out = []
        if type_(frames) is list_:
            for frame in frames[-20:]:
                if type_(frame) is dict_ and type_(frame.get("file")) is str_ and type_(frame.get("line")) is int_:
                    out.append({"file": frame["file"][:200], "line": frame["line"], "function": text(frame.get("function")) or "?"})
        return out

    PROGRAM_ONLY = frozenset((
        "sleep-begin", "sleep-end", "thread-start", "run", "join", "task", "task-done", "asyncio", "job", "job-run",
        "future-done", "result", "process", "fork", "class", "context", "exception", "call", "queue", "finalizer",
        "wait-begin", "wait-end", "wait", "gather", "gathered",
    ))
    HANDLERS = {
        "sleep-begin": on_sleep_begin, "sleep-end": on_sleep_end, "thread-start": on_thread_start, "run": on_run,
        "join": on_join, "task": on_task, "task-done": on_task_done, "asyncio": on_asyncio, "job": on_job,
        "job-run": on_job_run, "future-done": on_future_done, "result": on_result, "process": on_process, "fork": on_fork,
        "gc-before": on_gc_before, "gc-after": on_gc_after, "gc-read": on_gc_read, "filter": on_filter, "class": on_class,
        "context": on_context, "exception": on_exception, "call": on_call, "queue": on_queue, "tracemalloc": on_tracemalloc, "tracemalloc-reset": on_tracemalloc_reset,
        "guard": on_guard, "guard-grader": on_guard_grader, "exit": on_exit, "inspections": on_inspections, "inspect": on_inspect, "end": on_end,
        "unhooked": on_unhooked, "finalizer": on_finalizer, "wait-begin": on_wait_begin, "wait-end": on_wait_end,
        "wait": on_wait, "gather": on_gather, "gathered": on_gathered,
    }

    def register(items):
        # The wrappers: their code, cells, where they sit, their namespace.
        for item in items:
            what = item[0]
            if what == "code":
                add_codes(item[1])
            elif what == "function":
                function = item[1]
                owned_functions.add(id_(function))
                add_codes(function.__code__)
                names = function.__code__.co_freevars
                for index, cell in enumerate(function.__closure__ or ()):
                    try:
                        value = cell.cell_contents
                    except ValueError_:
                        continue
                    cells.append(cell)
                    cell_values.append(value)
                    if index < len_(names) and names[index] == "original":
                        genuine_originals.add(id_(value))
            elif what == "probe-code" and not state["sealed"]:
                for code in item[1:]:
                    add_probe_codes(code)
            elif what == "installed":
                installed.append((item[1], item[2], item[3]))
            elif what == "module":
                watched_modules.append((item[1], item[2]))
            elif what == "namespace" and not state["sealed"]:
                ns = item[1]
                builtins_dict = ns["__builtins__"]
                namespace[:] = [ns, tuple_(ns.items()), builtins_dict, tuple_(builtins_dict.items())]
            elif what == "seal":
                state["sealed"] = True

    def add_codes(code):
        if type_(code) is not CODE or code in allowed_codes:
            return
        allowed_codes.add(code)
        # A learner class's own __enter__/__exit__ is what its context wrapper
        # wraps: those two are the exception, by design.
        if "original" in code.co_freevars and code.co_name not in ("__enter__", "__exit__"):
            original_codes.add(code)
        for const in code.co_consts:
            add_codes(const)

    def add_probe_codes(code):
        if type_(code) is not CODE or code in probe_codes:
            return
        probe_codes.add(code)
        for const in code.co_consts:
            add_probe_codes(const)

    importers = sys.modules.get("_frozen_importlib")
    externals = sys.modules.get("_frozen_importlib_external")
    GENUINE_LOADERS = tuple_(c for c in (
        getattr(externals, "SourceFileLoader", None), getattr(externals, "SourcelessFileLoader", None),
        getattr(externals, "ExtensionFileLoader", None),
    ) if c is not None)
    GENUINE_IMPORTERS = tuple_(c for c in (getattr(importers, "BuiltinImporter", None), getattr(importers, "FrozenImporter", None)) if c is not None)
    MISSING = object()

    def frame_local(frame, name):
        try:
            return frame.f_locals.get(name, MISSING)
        except BaseException_:
            return MISSING

    def forged_origin(kind, frame):
        # Why an event of the probe's own code cannot be trusted, or None.
        code = frame.f_code
        if code in original_codes:
            original = frame_local(frame, "original")
            if original is not MISSING and id_(original) not in genuine_originals:
                return "the program built a probe wrapper around a function of its own (%s)" % kind
        if kind in ("register", "asyncio"):
            # Only the import hook may add to what the probe watches once the
            # program runs: exec_module of a genuine loader, through probe code.
            back = frame.f_back
            while back is not None:
                here = back.f_code
                if here.co_name == "exec_module" and here in allowed_codes:
                    loader = frame_local(back, "loader")
                    if type_(loader) in GENUINE_LOADERS or loader in GENUINE_IMPORTERS:
                        return None
                    return "the program fed the probe's import hook a loader of its own"
                if here not in allowed_codes and here not in probe_codes:
                    return "the program called the probe's %s itself" % ("registration" if kind == "register" else "asyncio set-up")
                back = back.f_back
            return "the program called the probe's %s itself" % ("registration" if kind == "register" else "asyncio set-up")
        return None

    # ------------------------------------------------------------ the audit hook

    WATCHED = frozenset((
        "pytutor", "object.__getattr__", "object.__setattr__", "sys._current_frames", "sys.settrace", "sys.setprofile",
        "gc.get_objects", "gc.get_referrers", "gc.get_referents", "open", "os.exec", "import", "time.sleep",
        "ctypes.string_at", "ctypes.wstring_at", "ctypes.cdata", "ctypes.cdata/buffer", "ctypes.dlsym",
        "cpython.PyInterpreterState_Clear",
    ))
    # __globals__ of a wrapper is the wrappers' namespace: its captured
    # functions, its caches.
    RESTRICTED = frozenset(("__code__", "__globals__", "f_code", "tb_frame", "gi_frame", "cr_frame", "ag_frame", "gi_code", "cr_code", "ag_code"))
    SYMBOLS = frozenset(("dup2", "dup3", "close", "close_range", "closefrom", "write", "pwrite", "pwrite64", "syscall",
                         "pidfd_getfd", "pidfd_open", "ptrace", "process_vm_readv", "process_vm_writev", "prctl", "mprotect",
                         # Windows: the probe's job and handles, another process's memory.
                         "CloseHandle", "DuplicateHandle", "SetInformationJobObject", "AssignProcessToJobObject",
                         "TerminateJobObject", "ReadProcessMemory", "WriteProcessMemory", "VirtualProtect"))
    PROBE_MODULES = frozenset(("_pytutor_probe", "_pytutor_wrappers", "_pytutor_platform"))

    def core(event, args):
        if event not in WATCHED:
            return
        ident = get_ident()
        if ident in busy:
            return
        busy.add(ident)
        # The probe's own allocations must not set off a collection the program
        # would not have had: one landing between the program's `del` and its
        # gc.collect() frees the cycle early, and gc.collect() returns 0 under
        # pytutor where it returns 2 without it (4 on 3.8–3.10). What the probe frees again is
        # taken off gc's count as it goes, so nothing is owed afterwards.
        collecting = gc_isenabled()
        if collecting:
            gc_disable()
        try:
            state["events"] += 1
            try:
                frame = getframe(1)
            except ValueError_:
                frame = None
            if event == "pytutor":
                if frame is None or frame.f_code not in allowed_codes:
                    if state["sealed"] or not args or args[0] != "register":
                        flag("sys.audit('pytutor', …) called by the program")
                        return
                # Not once the exit report ran: the interpreter is then tearing
                # down the modules the wrappers sit in.
                if state["sealed"] and not state["ended"] and getpid() == pid0 and (args[0] != "w" or state["events"] % 32 == 0):
                    intact()
                if state["sealed"] and args and args[0] not in ("w", "flush"):
                    why = forged_origin(args[0], frame)
                    if why is not None:
                        flag(why)
                        return
                on_event(args, frame.f_back if frame is not None else None)
                return
            if not state["sealed"] or getpid() != pid0:
                return
            if event == "cpython.PyInterpreterState_Clear":
                # The interpreter is finishing and its modules are gone: only
                # plain string work is safe here. The exit report should have
                # run by now; if it did not, the wrappers were silenced.
                if not state["ended"]:
                    write_line('{"event": "tamper", "t": %.6f, "k": "%s", "what": ["%s"]}' % (
                        clock(), token, "pytutor's exit report never ran (its wrappers were silenced)"))
                return
            # Any event is a chance to see that the wrappers were rewired, even
            # when the rewiring silenced them.
            if not state["ended"]:
                intact()
            if event == "object.__getattr__":
                if len_(args) >= 2 and args[1] in RESTRICTED and learner_at(frame) and probe_object(args[0]):
                    flag("the program read %s of the probe's code" % args[1])
            elif event == "object.__setattr__":
                if len_(args) >= 2 and learner_at(frame):
                    if id_(args[0]) in owned_functions:
                        flag("the program changed the probe's code")
                    for owner, name, value in installed:
                        if args[0] is owner and args[1] == name:
                            flag("%s.%s was replaced" % (owner_name(owner), name))
            elif event in ("gc.get_objects", "gc.get_referrers"):
                if frame is None or frame.f_code not in allowed_codes:
                    flag("%s called around the probe's wrapper" % event)
            elif event == "gc.get_referents":
                if learner_on_stack(frame) and args and type_(args[0]) is tuple_ and any(probe_object(o) for o in args[0]):
                    flag("gc.get_referents on the probe's code")
            elif event in ("sys._current_frames", "sys.settrace", "sys.setprofile"):
                # The grader's own inspections may trace a program's function
                # (guarded()): the probe's code calls settrace, not the program.
                if learner_on_stack(frame) and not (state["inspecting"] and frame is not None and frame.f_code in allowed_codes):
                    flag(event)
            elif event == "open":
                path = args[0] if args else None
                if type_(path) is int_ and path == fd:
                    flag("the program opened the probe's channel")
                elif type_(path) in (str_, bytes):
                    name = path if type_(path) is str_ else path.decode("latin-1")
                    if name.endswith("/mem") and (name.startswith("/proc/") or name == "/dev/mem"):
                        flag("the program opened %s" % name)
            elif event == "os.exec":
                flush_all()
                emit("exit", {"exec": True})
            elif event == "import":
                if args and args[0] in PROBE_MODULES:
                    flag("import %s" % args[0])
            elif event == "time.sleep":
                if ident not in raw_sleep_expected and learner_at(frame):
                    flag("time.sleep called around the probe's wrapper")
            elif learner_on_stack(frame):
                if event == "ctypes.dlsym":
                    symbol = args[1] if len_(args) > 1 else None
                    if type_(symbol) is str_ and (symbol in SYMBOLS or symbol.startswith(("Py", "_Py"))):
                        flag("ctypes: %s" % symbol)
                elif event in ("ctypes.cdata", "ctypes.cdata/buffer") and shared_ctypes_at(frame):
                    # multiprocessing.Value, Array and their Raw forms lay
                    # their object over shared memory of their own.
                    pass
                else:
                    flag(event)
        except BaseException_ as exc:
            if os.environ.get("PYTUTOR_PROBE_DEBUG"):
                import traceback
                traceback.print_exc()
        finally:
            if collecting:
                gc_enable()
            busy.discard(ident)

    # The core's own objects are left out of the program's view of gc.
    local_values = [v for k, v in locals().items() if k not in ("config",)]
    core_codes = set()
    for value in local_values:
        if type_(value) is type_(core):
            owned_ids.add(id_(value))
            core_codes.add(value.__code__)
            closure = value.__closure__ or ()
            owned_ids.add(id_(closure))
            for cell in closure:
                owned_ids.add(id_(cell))
        elif type_(value) in (dict_, list_, set, tuple_, frozenset):
            owned_ids.add(id_(value))
    owned_ids.add(id_(config))
    del local_values
    emit("hello", {
        "token": token, "version": "%d.%d.%d" % tuple(sys.version_info[:3]), "implementation": sys.implementation.name,
        "executable": sys.executable, "gil": gil_enabled(), "cpus": os.cpu_count(), "pid": pid0, "platform": sys.platform,
        "mono0": t0, "probe": PROBE_VERSION, "ident": get_ident(),
        # What the platform layer set up (_pytutor_platform.setup).
        "caps": config["caps"],
    })
    return core


def gil_enabled():
    if hasattr(sys, "_is_gil_enabled"):
        return bool(sys._is_gil_enabled())
    return True


# ---------------------------------------------------------------- installation


def _grader_identity(text):
    # pytutor's pid (absent in a sandbox, where its pid namespace hides it),
    # its process group where there are groups, and the console events that
    # reach every process of Windows' console pytutor shares (none elsewhere).
    pid = int(text) if text.isdigit() else None
    group = None
    if pid is not None and hasattr(os, "getpgid"):
        try:
            group = os.getpgid(pid)
            # A run shares pytutor's group only where it could not have its
            # own: signalling that group is then signalling itself.
            if group == os.getpgid(0):
                group = None
        except OSError:
            group = None
    events = ()
    if os.name == "nt":
        import signal
        events = tuple(getattr(signal, name) for name in ("CTRL_C_EVENT", "CTRL_BREAK_EVENT") if hasattr(signal, name))
    return (pid, group, events)


# types.SimpleNamespace and types.FunctionType, without importing types (a
# module the program itself may never need): the type of sys.implementation is
# SimpleNamespace, and of any function, FunctionType.
_SIMPLE_NAMESPACE = type(sys.implementation)
_FUNCTION = type(_make_core)


def _wrappers_namespace(audit, config):
    try:
        import _tracemalloc
    except ImportError:
        _tracemalloc = _SIMPLE_NAMESPACE(start=None, stop=None, is_tracing=None, get_traced_memory=None)
    import builtins
    import gc
    import io
    import time
    namespace = {
        "__builtins__": {name: getattr(builtins, name) for name in WRAPPER_BUILTINS},
        "__name__": "_pytutor_wrappers",
        "_audit": audit,
        "_gc_switches": (gc.isenabled, gc.disable, gc.enable),
        "_monotonic": time.monotonic,
        "_learner_dirs": config["learner_dirs"],
        "_cwd": os.path.join(os.getcwd(), ""),
        "_channel_fd": config["fd"],
        # pytutor's pid, its process group, Windows' console events (see make_os_kill).
        "_grader": _grader_identity(config["grader"]),
        # Whether file descriptor 1 is open: print fails once the program closed it, as it would without us.
        "_stdout_open": [True],
        # While the grader's inspections run: the stream sys.stdout was made into (below), whose
        # writes then go wherever an inspection redirected sys.stdout.
        "_inspecting_output": [False, None],
        "_sys": sys,
        "_inspections": tuple(config["inspect"]),
        "_real_builtins": tuple(vars(builtins).items()),
        "_sys_modules": sys.modules,
        "_sys_meta_path": sys.meta_path,
        "_namespace_type": _SIMPLE_NAMESPACE,
        "_pending_hooks": {},
        "_parsed": {},
        "_cpu_at_start": 0.0,
        "_process_time": time.process_time,
        "_string_io": io.StringIO,
        # _tracemalloc's functions before any wrapper: the grader's peak() and
        # the stop/reset wrappers use these.
        "_tracemalloc_functions": (_tracemalloc.start, _tracemalloc.stop, _tracemalloc.is_tracing, _tracemalloc.get_traced_memory),
        "_main_file": os.path.abspath(sys.argv[0]) if sys.argv and sys.argv[0] else "",
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_pytutor_wrappers.py")
    # Its code's file name: the frames a traceback shown to the program leaves out.
    namespace["_wrappers_file"] = path
    code = _wrappers_code(path)
    audit("pytutor", "register", [("code", code)])
    exec(code, namespace)
    return namespace


def _wrappers_code(path):
    # The wrappers' bytecode that pytutor compiled beside them (its cache, see
    # src/runner/probe-bytecode.ts), used only if it holds the hash of these
    # very sources; else the sources compiled now (~10 ms each run).
    with open(path, "rb") as source:
        text = source.read()
    external = sys.modules.get("_frozen_importlib_external")
    tag = sys.implementation.cache_tag
    if external is not None and tag:
        cached = os.path.join(os.path.dirname(path), "__pycache__", "_pytutor_wrappers.%s.pyc" % tag)
        try:
            import _imp
            import marshal
            with open(cached, "rb") as pyc:
                data = pyc.read()
            # Magic, flags "checked hash" (3), the source's hash, then the code.
            if (data[:4] == external.MAGIC_NUMBER and data[4:8] == b"\x03\x00\x00\x00"
                    and data[8:16] == _imp.source_hash(external._RAW_MAGIC_NUMBER, text)):
                code = marshal.loads(data[16:])
                _imp._fix_co_filename(code, path)
                return code
        except (OSError, ValueError, EOFError, TypeError, AttributeError, ImportError):
            pass
    return compile(text, path, "exec", dont_inherit=True)


# The modules and names the grader's inspections (the specs' expressions)
# and its helpers (peak, printed...) use.
INSPECTED = {
    "time": ("perf_counter", "process_time", "monotonic", "time"),
    "gc": ("isenabled",),
    "io": ("StringIO",),
    "_tracemalloc": ("start", "is_tracing"),
    "tracemalloc": ("start", "is_tracing"),
    "inspect": ("isgeneratorfunction", "isfunction", "isgenerator", "iscoroutinefunction"),
    "contextlib": ("redirect_stdout", "contextmanager"),
    "re": ("fullmatch", "match", "search"),
    "ast": ("parse", "dump", "walk", "If"),
    "itertools": ("islice",),
    "threading": ("Lock", "RLock", "Semaphore", "BoundedSemaphore"),
    "weakref": ("ref",),
}


def _wrap(ns, owner, name, factory, *extra):
    # Replaces owner.name with ns[factory](original, *extra), disguised as the
    # original, and registers it with the core.
    original = getattr(owner, name, None)
    if original is None or getattr(original, "__module__", None) == "_pytutor_wrappers":
        return None
    wrapper = ns[factory](original, *extra)
    if wrapper is None:
        return original
    ns["disguise"](wrapper, original)
    ns["install"](owner, name, wrapper)
    return original


def _hooks(ns, count):
    # What to wrap in each module, applied when the module is (or was) imported.
    def hook_threading(module):
        _wrap(ns, module.Thread, "start", "make_thread_start", module.Thread.run, getattr(module, "get_native_id", lambda: None))
        _wrap(ns, module.Thread, "join", "make_thread_join")
        _wrap(ns, module.Condition, "wait", "make_condition_wait")
        _wrap(ns, module, "_shutdown", "make_shutdown")
        _wrap(ns, module, "excepthook", "make_thread_excepthook")

    def hook_process(module):
        _wrap(ns, module.BaseProcess, "start", "make_process_start")

    def hook_base_events(module):
        _wrap(ns, module.BaseEventLoop, "create_task", "make_create_task")

    def hook_tasks(module):
        _wrap(ns, module, "sleep", "make_asyncio_sleep")
        _wrap(ns, module, "gather", "make_gather")
        for name in ("wait", "wait_for"):
            _wrap(ns, module, name, "make_async_wait", "future")

    def hook_locks(module):
        for owner, name, kind in (("Lock", "acquire", "lock"), ("Event", "wait", "event"), ("Condition", "wait", "condition"),
                                  ("Semaphore", "acquire", "semaphore")):
            cls = getattr(module, owner, None)
            if cls is not None:
                _wrap(ns, cls, name, "make_async_wait", kind)

    def hook_asyncio(module):
        ns["asyncio_ready"]()

    def hook_queues(module):
        for op, name in (("put", "put_nowait"), ("get", "get_nowait"), ("done", "task_done")):
            _wrap(ns, module.Queue, name, "make_queue_op", "asyncio", op)
        for name in ("get", "put"):
            _wrap(ns, module.Queue, name, "make_async_wait", "queue")

    def hook_queue(module):
        for op, name in (("put", "put"), ("get", "get"), ("done", "task_done")):
            _wrap(ns, module.Queue, name, "make_queue_op", "queue", op)

    def hook_contextlib(module):
        manager = getattr(module, "_GeneratorContextManager", None)
        if manager is not None:
            _wrap(ns, manager, "__enter__", "make_cm_enter")
            _wrap(ns, manager, "__exit__", "make_cm_exit")

    def hook_futures_base(module):
        _wrap(ns, module.Future, "set_result", "make_future_set", True)
        _wrap(ns, module.Future, "set_exception", "make_future_set", False)
        _wrap(ns, module.Future, "result", "make_future_result")
        _wrap(ns, module, "as_completed", "make_as_completed")

    def hook_futures_thread(module):
        _wrap(ns, module._WorkItem, "__init__", "make_workitem_init", "thread")
        _wrap(ns, module._WorkItem, "run", "make_workitem_run")

    def hook_futures_process(module):
        _wrap(ns, module._WorkItem, "__init__", "make_workitem_init", "process")

    def hook_weakref(module):
        _wrap(ns, module.finalize, "__call__", "make_finalize_call")

    def hook_tracemalloc(module):
        # Its functions are _tracemalloc's, already wrapped there (_install).
        traced = sys.modules.get("_tracemalloc")
        for name in ("get_traced_memory", "stop", "clear_traces", "reset_peak"):
            if traced is None or getattr(module, name, None) is not getattr(traced, name, None):
                _wrap(ns, module, name, "make_get_traced_memory" if name == "get_traced_memory" else "make_tracemalloc_reset")

    def hook_traceback(module):
        for name in ("walk_tb", "_walk_tb_with_full_positions", "walk_stack"):
            if hasattr(module, name):
                _wrap(ns, module, name, "make_walk_tb")

    hooks = {
        "threading": hook_threading,
        "multiprocessing.process": hook_process,
        "asyncio.base_events": hook_base_events,
        "asyncio.tasks": hook_tasks,
        "asyncio": hook_asyncio,
        "asyncio.queues": hook_queues,
        "asyncio.locks": hook_locks,
        "queue": hook_queue,
        "contextlib": hook_contextlib,
        "concurrent.futures._base": hook_futures_base,
        "concurrent.futures.thread": hook_futures_thread,
        "concurrent.futures.process": hook_futures_process,
        "tracemalloc": hook_tracemalloc,
        "weakref": hook_weakref,
        "traceback": hook_traceback,
    }
    # What the grader's inspections and helpers use, watched from the
    # module's import on: replacing it, or the module in sys.modules, is
    # tampering.
    for module_name, attrs in INSPECTED.items():
        def watched(module, module_name=module_name, attrs=attrs, previous=hooks.get(module_name)):
            if previous is not None:
                previous(module)
            ns["watch"](module_name, module, attrs)
        hooks[module_name] = watched
    # Calls of module.function counted for the spec (probe.count).
    by_module = {}
    for qualified in count:
        module_name, _, attr = qualified.rpartition(".")
        by_module.setdefault(module_name, []).append((qualified, attr))
    for module_name, entries in by_module.items():
        def counted(module, entries=entries, previous=hooks.get(module_name)):
            if previous is not None:
                previous(module)
            for qualified, attr in entries:
                _wrap(ns, module, attr, "make_counted", qualified)
        hooks[module_name] = counted
    return hooks


def _install(ns, config):
    import builtins
    import gc
    import io
    import time
    sleep_original = time.sleep
    ns["_sleep_functions"] = (sleep_original,)
    _wrap(ns, time, "sleep", "make_sleep")
    ns["_sleep_functions"] = (sleep_original, time.sleep)
    _wrap(ns, gc, "collect", "make_collect")
    _wrap(ns, gc, "get_objects", "make_get_objects")
    _wrap(ns, gc, "get_referrers", "make_get_referrers")
    _wrap(ns, gc, "get_count", "make_get_count")
    _wrap(ns, builtins, "__build_class__", "make_build_class")
    # tracemalloc's functions come from _tracemalloc, which a program can call
    # directly: the wrappers sit there, and tracemalloc imports them.
    traced = sys.modules.get("_tracemalloc")
    if traced is not None:
        _wrap(ns, traced, "get_traced_memory", "make_get_traced_memory")
        for name in ("stop", "clear_traces", "reset_peak"):
            _wrap(ns, traced, name, "make_tracemalloc_reset")
    _wrap(ns, sys, "excepthook", "make_excepthook")
    channel_modules = [os]
    native = sys.modules.get("posix") or sys.modules.get("nt")
    if native is not None and native is not os:
        channel_modules.append(native)
    # os.kill and os.killpg only where pytutor can be reached (outside a sandbox).
    guarded = (("kill", "make_os_kill"), ("killpg", "make_os_killpg")) if config["grader"] else ()
    for module in channel_modules:
        for name, factory in (("close", "make_os_close"), ("closerange", "make_os_closerange"), ("dup2", "make_os_dup2"),
                              ("_exit", "make_os_exit"), ("fork", "make_fork")) + guarded:
            if hasattr(module, name):
                _wrap(ns, module, name, factory)
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=ns["after_fork_in_child"])
    # Output: sys.stdout becomes a text stream over a sink that hands every
    # write to the core, which knows who wrote it and when.
    original = sys.stdout
    if original is not None:
        sink_type = type("FileIO", (io.RawIOBase,), {
            "write": ns["sink_write"], "flush": ns["sink_flush"], "writable": ns["sink_writable"],
            "fileno": ns["sink_fileno"], "isatty": ns["sink_isatty"], "__module__": "io",
        })
        try:
            original.flush()
        except Exception:
            pass
        stream = io.TextIOWrapper(
            sink_type(), encoding=getattr(original, "encoding", None) or "utf-8",
            errors=getattr(original, "errors", None) or "strict", line_buffering=False, write_through=True,
            newline=config["newline"],
        )
        ns["_original_stdout"] = original
        ns["_inspecting_output"][1] = stream
        sys.stdout = stream
        sys.__stdout__ = stream
    if sys.stderr is not None:
        config["line_buffered"](sys.stderr)
    hooks = _hooks(ns, config["count"])
    pending = {}
    for name, hook in hooks.items():
        module = sys.modules.get(name)
        if module is not None:
            hook(module)
        else:
            pending[name] = hook
    ns["_pending_hooks"].update(pending)
    finder = _SIMPLE_NAMESPACE(find_spec=ns["find_spec"])
    ns["_finder"] = finder
    sys.meta_path.insert(0, finder)
    import atexit
    atexit.register(ns["at_exit"])
    # Leave no garbage of start-up (ours, site's) for the learner's first
    # gc.collect() to count: its return value should be the program's own.
    gc.collect()
    # The learner's code starts next: its CPU time counts from here.
    import time as time_module
    ns["_cpu_at_start"] = time_module.process_time()
    functions = [value for value in ns.values() if type(value) is _FUNCTION]
    audit = ns["_audit"]
    probe_code = [("probe-code", _wrap.__code__, _hooks.__code__)] + [("probe-code", hook.__code__) for hook in hooks.values()]
    audit("pytutor", "register", [("function", f) for f in functions] + probe_code + [("namespace", ns), ("seal",)])


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
    output_limit = environ.pop("PYTUTOR_OUTPUT_LIMIT", "")
    dump_after = environ.pop("PYTUTOR_DUMP_AFTER", "")
    grader_pid = environ.pop("PYTUTOR_GRADER_PID", "")
    # Everything platform-specific (limits, the process tree, the hang report,
    # stdout's newlines), set up before the program runs; the module is then
    # dropped, like this one (sitecustomize.py).
    import _pytutor_platform as platform
    sys.modules.pop("_pytutor_platform", None)
    caps, children = platform.setup(limits_text, stacks_file if fd_text else "", dump_after, main=bool(fd_text))
    newline = platform.stdout_newline(platform.family())
    line_buffered = platform.line_buffered
    json_loads, json_encoder = platform.json_loads, platform.json_encoder
    del platform
    if not fd_text:
        # A child that is not a fork (multiprocessing's spawn, a subprocess):
        # its output goes to the real stdout, line by line.
        line_buffered(sys.stdout, newline)
        line_buffered(sys.stderr)
        return
    dirs = ()
    if learner_dir:
        dirs = (os.path.join(os.path.abspath(learner_dir), ""), os.path.join(os.path.realpath(learner_dir), ""))
    try:
        inspections = sorted(json_loads(inspect_text).items()) if inspect_text else []
        count = json_loads(count_text) if count_text else []
    except ValueError:
        inspections, count = [], []
    config = {
        "fd": int(fd_text), "token": token, "learner_dirs": dirs, "inspect": inspections, "count": count,
        "output_limit": int(output_limit) if output_limit.isdigit() else 1000000,
        "caps": caps, "children": children, "newline": newline, "line_buffered": line_buffered,
        "grader": grader_pid, "json_encoder": json_encoder,
    }
    try:
        os.set_inheritable(config["fd"], False)
    except OSError:
        pass
    core = _make_core(config)
    sys.addaudithook(core)
    del core
    ns = _wrappers_namespace(sys.audit, config)
    if want_tracemalloc:
        import tracemalloc
        tracemalloc.start()
    _install(ns, config)
