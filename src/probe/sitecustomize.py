# pytutor's probe loader. CPython imports this module at start-up because the
# runner puts this folder on PYTHONPATH. It must parse on any Python, even
# 2.7, so that an interpreter that is too old is reported instead of running
# the learner's program unprobed.
import sys
import os


def _pytutor_boot():
    fd_text = os.environ.get("PYTUTOR_REPORT_FD")
    if sys.version_info < (3, 8):
        if fd_text:
            message = '{"event": "too-old", "version": "%d.%d.%d"}\n' % tuple(sys.version_info[:3])
            try:
                os.write(int(fd_text), message.encode("ascii"))
            finally:
                os._exit(86)
        return
    import _pytutor_probe
    _pytutor_probe.install()
    # The learner's `import _pytutor_probe` gets a fresh, inert copy (and is
    # reported): patching it cannot change what the real probe reports.
    sys.modules.pop("_pytutor_probe", None)


_pytutor_boot()
del _pytutor_boot


def _pytutor_chain():
    # Another sitecustomize (Debian ships one) would be shadowed by this one:
    # load it too, exactly once.
    here = os.path.dirname(os.path.abspath(__file__))
    for entry in sys.path:
        try:
            if not entry or os.path.abspath(entry) == here:
                continue
            candidate = os.path.join(entry, "sitecustomize.py")
            if os.path.isfile(candidate):
                import importlib.util
                spec = importlib.util.spec_from_file_location("_pytutor_next_sitecustomize", candidate)
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                return
        except Exception:
            return


_pytutor_chain()
del _pytutor_chain
