// The probe's own contract (tests/probe, stdlib unittest: transparency, the
// platform layer and the outside tree sampler macOS uses) on every CPython present: a program behaves the same
// with the probe as without it, on each version the course supports.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const pythons = testPythons();

test("at least one CPython 3.8+ is present to run the probe's contract on", () => {
  expect(pythons.length, "no CPython 3.8+ found under ~/.pyenv/versions/*/bin/python3 (or PYTUTOR_TEST_PYTHONS): install one").toBeGreaterThan(0);
});

describe("the probe's contract (python -m unittest discover tests/probe)", () => {
  for (const python of pythons) {
    test(`passes on Python ${python.version}`, () => {
      const run = spawnSync(python.path, ["-m", "unittest", "discover", "-v", "-s", join(ROOT, "tests", "probe"), "-t", join(ROOT, "tests", "probe")], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 300_000,
        env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/tmp", LANG: "C.UTF-8" },
      });
      const report = `${run.stdout}\n${run.stderr}`;
      // unittest prints its summary on stderr: the failures are shown if any.
      expect(run.error, report).toBeUndefined();
      expect(run.status, report).toBe(0);
      expect(report, report).toMatch(/^OK/m);
      const ran = /Ran (\d+) tests?/.exec(report);
      expect(Number(ran?.[1] ?? 0), report).toBeGreaterThan(5);
      // Each file's tests ran (-v names them), the tree sampler's among them.
      for (const file of ["test_transparency", "test_platform", "test_tree_sampler", "test_wrappers_code", "test_inspections"]) expect(report, report).toMatch(new RegExp(`\\(${file}\\.[\\w.]+\\) \\.\\.\\. ok$`, "m"));
    });
  }
});
