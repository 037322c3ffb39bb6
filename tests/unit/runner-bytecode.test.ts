// The probe's bytecode cache: built once per interpreter outside the learner's
// folder, read-only, reused, and never trusted once it differs from what this
// process built or read (a program that rewrote it poisons nothing).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, test, vi } from "vitest";
import type { PythonInfo } from "../../src/python/find.js";
import { testPythons } from "../helpers/pythons.js";

const executable = (testPythons().at(-1) as { path: string }).path;
const python = (overrides: Partial<PythonInfo> = {}): PythonInfo => ({
  executable,
  version: "3.x",
  major: 3,
  minor: 12,
  implementation: "CPython",
  freeThreaded: false,
  gilEnabled: true,
  requested: executable,
  source: "flag",
  ...overrides,
});

// A fresh module: what another pytutor process would see.
async function fresh() {
  vi.resetModules();
  return import("../../src/runner/probe-bytecode.js");
}

function pycs(dir: string): string[] {
  return readdirSync(join(dir, "__pycache__")).sort();
}

function poison(dir: string): string {
  const name = pycs(dir).find((n) => n.startsWith("_pytutor_probe.")) as string;
  const file = join(dir, "__pycache__", name);
  chmodSync(dir, 0o755);
  chmodSync(join(dir, "__pycache__"), 0o755);
  chmodSync(file, 0o644);
  const bytes = readFileSync(file);
  bytes[bytes.length - 20] = (bytes[bytes.length - 20] as number) ^ 0xff;
  writeFileSync(file, bytes);
  return file;
}

beforeEach(() => {
  process.env.PYTUTOR_CACHE_DIR = mkdtempSync(join(tmpdir(), "pytutor-bytecode-"));
});

describe("probe bytecode cache", () => {
  test("compiled once into the cache, hash-checked, read-only, and reused", async () => {
    const { probeBytecodeDir } = await fresh();
    const dir = probeBytecodeDir(python(), { verify: false }) as string;
    expect(dir.startsWith(process.env.PYTUTOR_CACHE_DIR as string)).toBe(true);
    expect(pycs(dir).some((n) => /^_pytutor_probe\.cpython-\d+\.pyc$/u.test(n))).toBe(true);
    expect(pycs(dir).some((n) => /^sitecustomize\.cpython-\d+\.pyc$/u.test(n))).toBe(true);
    const pyc = readFileSync(join(dir, "__pycache__", pycs(dir)[0] as string));
    // PEP 552 flags: 0b11 = hash-based and checked against the source at import.
    expect(pyc.readUInt32LE(4)).toBe(3);
    if (process.getuid?.() !== 0) expect(() => writeFileSync(join(dir, "x"), "")).toThrow();
    const again = await fresh();
    expect(again.probeBytecodeDir(python(), { verify: false })).toBe(dir);
  });

  test("a rewritten .pyc is never used again: the process that built it rebuilds it", async () => {
    const { probeBytecodeDir } = await fresh();
    const dir = probeBytecodeDir(python(), { verify: false }) as string;
    const good = readFileSync(join(dir, "__pycache__", pycs(dir).find((n) => n.startsWith("_pytutor_probe.")) as string));
    const file = poison(dir);
    expect(readFileSync(file).equals(good)).toBe(false);
    const next = probeBytecodeDir(python(), { verify: false }) as string;
    expect(readFileSync(join(next, "__pycache__", pycs(next).find((n) => n.startsWith("_pytutor_probe.")) as string)).equals(good)).toBe(true);
  });

  test("a rewrite that keeps the size and puts the times back (modes and mtime restored) is still seen", async () => {
    const { probeBytecodeDir } = await fresh();
    const dir = probeBytecodeDir(python(), { verify: false }) as string;
    const name = pycs(dir).find((n) => n.startsWith("_pytutor_probe.")) as string;
    const target = join(dir, "__pycache__", name);
    const good = readFileSync(target);
    const before = statSync(target);
    const file = poison(dir);
    chmodSync(file, 0o444);
    chmodSync(join(dir, "__pycache__"), 0o555);
    chmodSync(dir, 0o555);
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    const next = probeBytecodeDir(python(), { verify: false }) as string;
    expect(readFileSync(join(next, "__pycache__", name)).equals(good)).toBe(true);
  });

  test("a module planted next to the probe (it would shadow the standard library) is never used", async () => {
    const { probeBytecodeDir } = await fresh();
    const dir = probeBytecodeDir(python(), { verify: false }) as string;
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, "json.py"), "raise SystemExit('poisoned')\n");
    const next = probeBytecodeDir(python(), { verify: false }) as string;
    expect(readdirSync(next)).not.toContain("json.py");
    expect(readdirSync(next).sort()).toEqual(["__pycache__", "_pytutor_platform.py", "_pytutor_probe.py", "_pytutor_wrappers.py", "sitecustomize.py"]);
  });

  test("a sandboxed run trusts no copy it did not build: a poisoned cache from before is replaced", async () => {
    const first = await fresh();
    const dir = first.probeBytecodeDir(python(), { verify: false }) as string;
    const good = readFileSync(join(dir, "__pycache__", pycs(dir).find((n) => n.startsWith("_pytutor_probe.")) as string));
    const file = poison(dir);
    const later = await fresh();
    const verified = later.probeBytecodeDir(python(), { verify: true }) as string;
    const name = pycs(verified).find((n) => n.startsWith("_pytutor_probe.")) as string;
    expect(readFileSync(join(verified, "__pycache__", name)).equals(good)).toBe(true);
    expect(existsSync(file) && readFileSync(file).equals(good)).toBe(true);
  });

  test("each interpreter has its own folder; one that cannot compile gets none (the sources alone are used)", async () => {
    const { probeBytecodeDir } = await fresh();
    const a = probeBytecodeDir(python(), { verify: false });
    const b = probeBytecodeDir(python({ version: "3.y" }), { verify: false });
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a).not.toBe(b);
    expect(probeBytecodeDir(python({ executable: "/bin/false", version: "0" }), { verify: false })).toBeUndefined();
    expect(readdirSync(process.env.PYTUTOR_CACHE_DIR as string).filter((n) => n.startsWith(".probe-"))).toEqual([]);
  });
});

describe("leftover build folders", () => {
  const oldTime = new Date(Date.now() - 2 * 24 * 3_600_000);

  test("a folder whose builder is gone is removed once a minute old; a live builder's, a fresh one and anything else are kept", async () => {
    const { sweepTemporaries } = await import("../../src/runner/probe-files.js");
    const dir = process.env.PYTUTOR_CACHE_DIR as string;
    const make = (name: string, old: boolean) => {
      const path = join(dir, name);
      mkdirSync(join(path, "__pycache__"), { recursive: true });
      writeFileSync(join(path, "__pycache__", "x.pyc"), "x");
      chmodSync(join(path, "__pycache__"), 0o555);
      chmodSync(path, 0o555);
      if (old) utimesSync(path, oldTime, oldTime);
    };
    make(".probe-999991-aB3dE6", true); // its process is gone
    make(".probe-999992-aB3dE6", false); // gone, but built a moment ago
    make(".probe-999993-aB3dE6", true); // still running
    make(".probe-Zz9yX8", true); // named before the pid was in the name, two days old
    make(".probe-Qq1wE2", false); // same naming, recent
    make("probe-0123abcd", true); // a finished probe folder: never a leftover
    sweepTemporaries(dir, Date.now(), (pid) => pid === 999993);
    expect(readdirSync(dir).sort()).toEqual([".probe-999992-aB3dE6", ".probe-999993-aB3dE6", ".probe-Qq1wE2", "probe-0123abcd"]);
  });

  test("a build names its folder after its process, and leaves none behind", async () => {
    const { probeBytecodeDir } = await fresh();
    const dir = process.env.PYTUTOR_CACHE_DIR as string;
    mkdirSync(join(dir, ".probe-999991-aB3dE6"));
    utimesSync(join(dir, ".probe-999991-aB3dE6"), oldTime, oldTime);
    expect(probeBytecodeDir(python(), { verify: false })).toBeDefined();
    expect(readdirSync(dir).filter((n) => n.startsWith(".probe-"))).toEqual([]);
  });
});
