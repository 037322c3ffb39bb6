// What `pytutor check` loads: the start-up work of issue 12 kept in place by
// what the built CLI really loads (bench/check-overhead.mjs measures the
// time). The CLI is one bundle (dist/main.cjs) compiled from V8's code cache
// after its first run; zod's classic API, yaml and the prompts are files of
// their own that a check with warm caches never loads; `--help` loads no
// bundle at all; `grade` never trusts the code cache.
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { BIN, EXERCISES, FIXTURES, ROOT, pytutor } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const python = (testPythons()[0] as { path: string }).path;
const HOOK = join(ROOT, "tests", "helpers", "module-log.mjs");
const cache = mkdtempSync(join(tmpdir(), "pytutor-startup-cache-"));
const SPAWN = "--spawn--";

// The files one run of the CLI compiled, in order, with the first spawn marked.
function loaded(args: string[], cwd = ROOT, cacheDir = cache): Promise<string[]> {
  const log = join(mkdtempSync(join(tmpdir(), "pytutor-modules-")), "log");
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      ["--import", HOOK, BIN, ...args],
      { cwd, env: { ...process.env, NO_COLOR: "1", PYTUTOR_CACHE_DIR: cacheDir, PYTUTOR_MODULE_LOG: log }, encoding: "utf8" },
      (error) => {
        if (error && typeof error.code !== "number") return fail(error);
        done(readFileSync(log, "utf8").trim().split("\n"));
      },
    );
  });
}

const dist = (lines: string[]) => lines.filter((l) => l.includes("/dist/"));
const vendor = (lines: string[]) => lines.filter((l) => l.includes("/dist/vendor/")).map((l) => l.split("/").pop());
const bundle = (lines: string[]) => lines.filter((l) => /\/dist\/main\.cjs cache=/u.test(l)).map((l) => l.split(" ").pop());

// Before and after the program's spawn (the interpreter's, catalogue's and code caches warm).
async function checkRun(args: string[], cwd?: string) {
  await loaded(args, cwd);
  const lines = await loaded(args, cwd);
  const at = lines.indexOf(SPAWN);
  expect(at, lines.join("\n")).toBeGreaterThan(0);
  return { all: dist(lines), before: dist(lines.slice(0, at)) };
}

describe("what check loads", () => {
  beforeAll(async () => {
    // The interpreter's facts, cached once.
    await pytutor(["doctor", "--python", python], { env: { PYTUTOR_CACHE_DIR: cache } });
  });

  test("outside a workspace: the bundle from its code cache, none of zod's classic API, yaml or the prompts", async () => {
    const { all, before } = await checkRun(["check", "ejercicio1", join(FIXTURES, "programs", "noop.py"), "--python", python]);
    expect(bundle(before)).toEqual(["cache=used"]);
    expect(vendor(all)).toEqual([]);
  });

  test("a report of Spanish text builds no Intl.Segmenter (wrap-ansi's is built on first use: scripts/build.mjs)", async () => {
    await loaded(["check", "ejercicio1", join(FIXTURES, "programs", "noop.py"), "--python", python]);
    const lines = await loaded(["check", "ejercicio1", join(FIXTURES, "programs", "noop.py"), "--python", python]);
    expect(lines).toContain(SPAWN);
    expect(lines.filter((l) => l === "--segmenter--")).toEqual([]);
    // The hook does see one built in this realm (vm.Script's, where the bundle runs).
    const log = join(mkdtempSync(join(tmpdir(), "pytutor-modules-")), "log");
    const control = "require('node:vm').runInThisContext('new Intl.Segmenter().segment(\\'ñu\\')')";
    await new Promise((done) => execFile(process.execPath, ["--import", HOOK, "-e", control], { env: { ...process.env, PYTUTOR_MODULE_LOG: log } }, done));
    expect(readFileSync(log, "utf8").split("\n")).toContain("--segmenter--");
  });

  test("check loads no node:crypto (~5 ms): its token comes from /dev/urandom, its caches are named and checked by CRC-32", async () => {
    const args = ["check", "ejercicio1", join(FIXTURES, "programs", "noop.py"), "--python", python];
    for (const cacheDir of [cache, mkdtempSync(join(tmpdir(), "pytutor-startup-cold-"))]) {
      const lines = await loaded(args, ROOT, cacheDir);
      expect(lines).toContain(SPAWN);
      expect(lines).toContain("builtin:zlib");
      expect(lines.filter((l) => l.startsWith("builtin:crypto"))).toEqual([]);
    }
    // The hook does list it where it is loaded.
    const log = join(mkdtempSync(join(tmpdir(), "pytutor-modules-")), "log");
    await new Promise((done) => execFile(process.execPath, ["--import", HOOK, "-e", "require('node:crypto')"], { env: { ...process.env, PYTUTOR_MODULE_LOG: log } }, done));
    expect(readFileSync(log, "utf8").split("\n")).toContain("builtin:crypto");
  });

  test("inside a workspace (its progress file validated, the attempt recorded): zod's classic API never", async () => {
    const root = mkdtempSync(join(tmpdir(), "pytutor-startup-ws-"));
    try {
      const init = await pytutor(["init", root, "--python", python], { env: { PYTUTOR_CACHE_DIR: cache } });
      expect(init.code, init.stderr).toBe(0);
      cpSync(join(EXERCISES, "ejercicio1", "solution.py"), join(root, "ejercicio1.py"));
      const { all } = await checkRun(["check", "ejercicio1", "--python", python], root);
      expect(bundle(all)).toEqual(["cache=used"]);
      expect(vendor(all)).toEqual([]);
      expect(readFileSync(join(root, ".pytutor", "state.json"), "utf8")).toContain('"status": "done"');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("the scan can tell: with cold caches, check compiles the bundle from source and validates the specs with zod's classic API", async () => {
    const cold = mkdtempSync(join(tmpdir(), "pytutor-startup-cold-"));
    const lines = dist(await loaded(["check", "ejercicio1", join(FIXTURES, "programs", "noop.py"), "--python", python], ROOT, cold));
    expect(bundle(lines)).toEqual(["cache=none"]);
    expect(vendor(lines)).toEqual(expect.arrayContaining(["zod.cjs", "yaml.cjs"]));
    // The run wrote the code cache of `check` for the next one.
    expect(readdirSync(cold).filter((n) => n.startsWith("code-"))).toEqual([expect.stringMatching(/-check\.v8$/u)]);
  });

  test("grade never reads or writes the code cache; a usage error writes none", async () => {
    const own = mkdtempSync(join(tmpdir(), "pytutor-startup-grade-"));
    const klass = mkdtempSync(join(tmpdir(), "pytutor-startup-class-"));
    cpSync(join(EXERCISES, "ejercicio1", "solution.py"), join(klass, "ejercicio1.py"));
    for (let i = 0; i < 2; i++) {
      const lines = dist(await loaded(["grade", klass, "--exercise", "ejercicio1", "--out", join(own, `out${i}`), "--python", python], ROOT, own));
      expect(bundle(lines)).toEqual(["cache=none"]);
      expect(existsSync(join(own, `out${i}`, "results.json"))).toBe(true);
    }
    await loaded(["chek", "ejercicio1"], ROOT, own);
    expect(readdirSync(own).filter((n) => n.startsWith("code-"))).toEqual([]);
  });

  test("--help loads no bundle: bin/pytutor.js and dist/entry.cjs, nothing else of pytutor's", async () => {
    const lines = await loaded(["--help"]);
    expect(lines.filter((l) => l.startsWith("/") && l.startsWith(ROOT)).map((l) => l.slice(ROOT.length + 1))).toEqual(["bin/pytutor.js", "dist/entry.cjs"]);
  });
});
