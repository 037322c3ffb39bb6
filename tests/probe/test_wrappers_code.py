# The probe runs its wrappers (src/probe/_pytutor_wrappers.py) from the
# bytecode pytutor compiled beside them, only while that bytecode holds the
# hash of these very sources; otherwise it compiles the sources. Either way
# every function's code names the real file (the frames a traceback shown to
# the program leaves out are told by it).
import importlib.util
import os
import py_compile
import shutil
import sys
import tempfile
import unittest

import probe_launch

sys.path.insert(0, probe_launch.PROBE_DIR)
import _pytutor_probe as probe  # noqa: E402

sys.path.remove(probe_launch.PROBE_DIR)
sys.modules.pop("_pytutor_probe", None)

NAME = "_pytutor_wrappers.py"


def filenames(code):
    names = {code.co_filename}
    for const in code.co_consts:
        if hasattr(const, "co_filename"):
            names |= filenames(const)
    return names


def strings(code):
    found = set()
    for const in code.co_consts:
        if isinstance(const, str):
            found.add(const)
        elif hasattr(const, "co_consts"):
            found |= strings(const)
    return found


class WrappersCodeTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="pytutor-wrappers-")
        self.path = os.path.join(self.dir, NAME)
        shutil.copy(os.path.join(probe_launch.PROBE_DIR, NAME), self.path)

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def compile_like_pytutor(self):
        # As src/runner/probe-bytecode.ts does: checked hash, the bare file name inside.
        cfile = importlib.util.cache_from_source(self.path)
        py_compile.compile(self.path, cfile=cfile, dfile=NAME, doraise=True,
                           invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
        return cfile

    def test_the_matching_bytecode_is_used_and_names_the_real_file(self):
        cfile = self.compile_like_pytutor()
        with open(cfile, "rb") as f:
            planted = f.read()
        code = probe._wrappers_code(self.path)
        self.assertEqual(filenames(code), {self.path})
        self.assertIn("make_os_kill", code.co_names)
        # It came from the bytecode: a mark put into the .pyc's constants shows.
        marked = planted.replace(b"guard-grader", b"guard-GRADER")
        self.assertNotEqual(marked, planted)
        with open(cfile, "wb") as f:
            f.write(marked)
        self.assertIn("guard-GRADER", strings(probe._wrappers_code(self.path)))

    def test_bytecode_of_other_sources_is_never_used(self):
        cfile = self.compile_like_pytutor()
        with open(cfile, "rb") as f:
            data = f.read().replace(b"guard-grader", b"guard-GRADER")
        with open(cfile, "wb") as f:
            f.write(data)
        with open(self.path, "a") as f:
            f.write("\n# edited after compiling\n")
        code = probe._wrappers_code(self.path)
        self.assertNotIn("guard-GRADER", strings(code))
        self.assertIn("guard-grader", strings(code))
        self.assertEqual(filenames(code), {self.path})

    def test_no_bytecode_or_a_broken_one_compiles_the_sources(self):
        self.assertEqual(filenames(probe._wrappers_code(self.path)), {self.path})
        cfile = self.compile_like_pytutor()
        with open(cfile, "r+b") as f:
            f.truncate(40)
        self.assertEqual(filenames(probe._wrappers_code(self.path)), {self.path})


class GraderGuardTest(unittest.TestCase):
    # Which os.kill targets the wrappers refuse, whatever the system here:
    # pytutor's pid, its group, -1, and on Windows a console event to pid 0.
    def ends_grader(self, grader):
        namespace = {"_grader": grader}
        exec(probe._wrappers_code(os.path.join(probe_launch.PROBE_DIR, NAME)), namespace)
        return namespace["_ends_grader"]

    def test_a_unix_grader(self):
        ends = self.ends_grader((4242, 4000, ()))
        for pid in (4242, -4000, -1):
            self.assertTrue(ends(pid, 9), pid)
        for pid in (4243, 4000, -4242, 0, True, "4242", 4242.0):
            self.assertFalse(ends(pid, 9), pid)

    def test_windows_console_events(self):
        ends = self.ends_grader((4242, None, (0, 1)))
        self.assertTrue(ends(0, 0))
        self.assertTrue(ends(0, 1))
        self.assertFalse(ends(0, 15))
        self.assertTrue(ends(4242, 15))

    def test_no_grader_given(self):
        ends = self.ends_grader((None, None, ()))
        self.assertFalse(ends(-1, 9))


if __name__ == "__main__":
    unittest.main()
