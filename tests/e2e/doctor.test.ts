// `pytutor doctor` on the built CLI: every candidate it tried, what each
// resolved to, and why it was taken or skipped; exit 2 with nothing usable.
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EXERCISES, pytutor } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

// A real CPython of this machine (the newest one the tests use).
const { path: REAL, version: VERSION } = testPythons().at(-1) as { path: string; version: string };
const base = mkdtempSync(join(tmpdir(), "pytutor-doctor-"));

// A folder for PATH with an old "python3" (it answers like a CPython 3.6 would) and a real `python`.
function oldAndNew(): string {
  const dir = join(base, "old-and-new");
  mkdirSync(dir);
  writeFileSync(join(dir, "python3"), `#!/bin/sh\nprintf '%s' '{"executable": "/opt/old/python3.6", "version": "3.6.9", "implementation": "cpython", "gil": true, "ft": false}'\n`);
  chmodSync(join(dir, "python3"), 0o755);
  symlinkSync(REAL, join(dir, "python"));
  return dir;
}

describe.concurrent("pytutor doctor", () => {
  test("says what this system lets a run measure, and why not what it cannot", async () => {
    const linux = await pytutor(["doctor", "--python", REAL]);
    expect(linux.stdout).toContain("✓ sistema: linux");
    expect(linux.stdout).toContain("    ✓ CPU medida por proceso (comprobaciones de paralelismo)");
    const mac = await pytutor(["doctor", "--python", REAL, "--lang", "en"], { env: { PYTUTOR_PLATFORM: "darwin-sim", VITEST: "true" } });
    expect(mac.stdout).toContain("✓ system: darwin");
    // macOS measures CPU per process through the tree sampler helper (issue 13).
    expect(mac.stdout).toContain("    ✓ CPU measured per process (parallelism checks)");
  });

  const mixed = oldAndNew();
  const empty = join(base, "empty");
  mkdirSync(empty);

  test("shows each candidate in order: too old, chosen, not on PATH", async () => {
    const r = await pytutor(["doctor"], { env: { PATH: mixed, PYTUTOR_PYTHON: "" } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`✓ CPython ${VERSION}`);
    expect(r.stdout).toContain("elegido desde el PATH (python3, python, py -3): python\n");
    expect(r.stdout).toContain("probados, en orden:");
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("      "));
    expect(lines).toEqual([
      `      ✗ python3 → ${mixed}/python3 · Python 3.6.9 (/opt/old/python3.6) · versión < 3.8`,
      `      ✓ python → ${mixed}/python · Python ${VERSION} · elegido`,
      "      ✗ py -3 · no está en el PATH",
    ]);
  });

  test("in English", async () => {
    const r = await pytutor(["doctor", "--lang", "en"], { env: { PATH: mixed, PYTUTOR_PYTHON: "" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("chosen from PATH (python3, python, py -3): python\n");
    expect(r.stdout).toContain("· Python 3.6.9 (/opt/old/python3.6) · version < 3.8");
    expect(r.stdout).toContain(`✓ python → ${mixed}/python · Python ${VERSION} · chosen`);
    expect(r.stdout).toContain("✗ py -3 · not on PATH");
    expect(r.stdout).toMatch(/\n✓ cache: \/tmp\/pytutor-test-cache-\w+\n/);
  });

  test("nothing usable: every attempt with ✗, the next step, exit 2, nothing on stderr", async () => {
    const r = await pytutor(["doctor"], { env: { PATH: empty, PYTUTOR_PYTHON: "" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("✗ ningún CPython 3.8+ utilizable, buscado en el PATH (python3, python, py -3):");
    for (const name of ["python3", "python", "py -3"]) expect(r.stdout).toContain(`      ✗ ${name} · no está en el PATH`);
    expect(r.stdout).toContain("elige uno con --python RUTA o PYTUTOR_PYTHON");
  });

  test("--python to a folder says it is a folder; PYTUTOR_PYTHON is named as the source", async () => {
    const [folder, env] = await Promise.all([
      pytutor(["doctor", "--python", base], { env: { PATH: empty } }),
      pytutor(["doctor"], { env: { PATH: empty, PYTUTOR_PYTHON: REAL } }),
    ]);
    expect(folder.code).toBe(2);
    expect(folder.stdout).toContain(`✗ ${base} · es una carpeta, no un programa`);
    expect(env.code).toBe(0);
    const off = await pytutor(["doctor"], { env: { PATH: empty, PYTUTOR_PYTHON: REAL, PYTUTOR_NO_CACHE: "1" } });
    expect(env.stdout).toContain(`elegido desde PYTUTOR_PYTHON: ${REAL}`);
    expect(off.stdout).toContain("✓ caché: desactivada (PYTUTOR_NO_CACHE=1)");
  });

  test("check with only a too-old Python: exit 2, the version found and every attempt, no stack trace", async () => {
    const old = join(base, "old-only");
    mkdirSync(old);
    symlinkSync(join(mixed, "python3"), join(old, "python3"));
    const r = await pytutor(["check", "ejercicio1", join(EXERCISES, "ejercicio1", "solution.py")], { env: { PATH: old, PYTUTOR_PYTHON: "" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("encontré Python 3.6.9 (/opt/old/python3.6), pero pytutor necesita CPython 3.8 o más nuevo");
    expect(r.stderr).toContain("python3: Python 3.6.9");
    expect(r.stderr).toContain("py -3: no está en el PATH");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
