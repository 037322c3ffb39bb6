# Runs a small program with and without pytutor's probe, the way the runner
# launches it (src/runner/run.ts, environment.ts): the probe's folder on
# PYTHONPATH, a scrubbed environment, the report on a pipe named by
# PYTUTOR_REPORT_FD and the token on another named by PYTUTOR_TOKEN_FD.
# Standard library only; CPython 3.8 to 3.13.
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
PROBE_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "src", "probe"))
TOKEN = "0123456789abcdef01234567"
# The interpreter under test: the one running the tests unless told otherwise.
PYTHON = os.environ.get("PYTUTOR_PROBE_PYTHON") or sys.executable


class Run(object):
    def __init__(self, code, stdout, stderr, events, work, files=None):
        # Texts name the run's folder as <work>: two runs compare equal.
        self.code = code
        self.stdout = stdout.replace(work, "<work>")
        self.stderr = stderr.replace(work, "<work>")
        self.events = events
        # Files the run left in its private folder (the stack dump), by name.
        self.files = files or {}
        self.work = work

    def of(self, kind):
        return [e for e in self.events if e.get("event") == kind]

    def probed_stdout(self):
        # What the program printed through sys.stdout (the probe carries it on
        # its channel, as "o" events) followed by what reached fd 1 directly.
        return "".join(e["s"] for e in self.of("o")).replace(self.work, "<work>") + self.stdout


def _env(home, extra):
    env = {
        "PATH": os.pathsep.join([os.path.dirname(PYTHON), "/usr/local/bin", "/usr/bin", "/bin"]),
        "HOME": home,
        "TMPDIR": home,
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONNOUSERSITE": "1",
    }
    if os.environ.get("SYSTEMROOT"):
        env["SYSTEMROOT"] = os.environ["SYSTEMROOT"]
    env.update(extra)
    return env


def _drain(fd, chunks):
    with os.fdopen(fd, "rb") as stream:
        while True:
            chunk = stream.read(65536)
            if not chunk:
                return
            chunks.append(chunk)


def run(source, probe=True, env=None, timeout=60, limits=None):
    # Runs `source` (dedented) as program.py in a fresh folder; returns a Run.
    root = tempfile.mkdtemp(prefix="pytutor-probe-test-")
    try:
        work = os.path.join(root, "work")
        os.mkdir(work)
        script = os.path.join(work, "program.py")
        with open(script, "w", encoding="utf-8") as f:
            f.write(textwrap.dedent(source))
        extra = dict(env or {})
        fds = ()
        report_r = None
        chunks = []
        if probe:
            report_r, report_w = os.pipe()
            token_r, token_w = os.pipe()
            os.write(token_w, TOKEN.encode("ascii"))
            os.close(token_w)
            extra.update({
                "PYTHONPATH": PROBE_DIR,
                "PYTUTOR_REPORT_FD": str(report_w),
                "PYTUTOR_TOKEN_FD": str(token_r),
                "PYTUTOR_LEARNER_DIR": work,
                "PYTUTOR_STACKS_FILE": os.path.join(root, "stacks.txt"),
                "PYTUTOR_OUTPUT_LIMIT": "1000000",
                "PYTUTOR_RUN": "pytutor-run-test",
                # This process stands for pytutor: the program must not end it.
                "PYTUTOR_GRADER_PID": str(os.getpid()),
            })
            if limits is not None:
                extra["PYTUTOR_LIMITS"] = json.dumps(limits)
            fds = (report_w, token_r)
        child = subprocess.Popen(
            [PYTHON, script], cwd=work, env=_env(work, extra), stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, pass_fds=fds, close_fds=True,
        )
        reader = None
        if probe:
            for fd in fds:
                os.close(fd)
            reader = threading.Thread(target=_drain, args=(report_r, chunks))
            reader.daemon = True
            reader.start()
        try:
            out, err = child.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            out, err = child.communicate()
        if reader is not None:
            reader.join(timeout)
        events = []
        for line in b"".join(chunks).decode("ascii", "replace").splitlines():
            try:
                events.append(json.loads(line))
            except ValueError:
                events.append({"event": "unparsable", "line": line})
        stacks = os.path.join(root, "stacks.txt")
        files = {}
        if os.path.exists(stacks):
            with open(stacks, encoding="utf-8", errors="replace") as f:
                files["stacks"] = f.read()
        return Run(child.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), events, work, files)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def both(source, **kwargs):
    # The program run without the probe, then with it.
    return run(source, probe=False, **kwargs), run(source, probe=True, **kwargs)
