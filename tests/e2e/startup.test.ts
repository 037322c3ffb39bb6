// What `pytutor check` loads, and when: the start-up work of issue 12 kept in
// place by what the built CLI really loads (bench/check-overhead.mjs measures
// the time). Before the program starts, only what starts it: no zod classic
// API at all, the graders, the reports, string-width's tables and the probe's
// event validator only once the program is running. `--help` loads no commander.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { BIN, EXERCISES, FIXTURES, ROOT, pytutor } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const python = (testPythons()[0] as { path: string }).path;
const HOOK = join(ROOT, "tests", "helpers", "module-log.mjs");
const cache = mkdtempSync(join(tmpdir(), "pytutor-startup-cache-"));
const SPAWN = "--spawn--";

// The modules one run of the CLI loaded, in order, with the first spawn marked.
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

const file = (line: string) => (line.startsWith("file:") ? fileURLToPath(line) : line);
const text = (line: string) => readFileSync(file(line), "utf8");
// zod's classic API names its classes "ZodString"…; zod/mini's are "ZodMiniString".
const isZodClassic = (line: string) => /["']ZodString["']/u.test(text(line));
const isStringWidth = (line: string) => text(line).includes("RGI_Emoji");
const isReport = (line: string) => /\/(grade|check-terminal|check-json|stacks|timeline)-[A-Z0-9]+\.js$/u.test(line);
const isValidator = (line: string) => line.endsWith("/light/probe-events.js");
const dist = (lines: string[]) => lines.filter((l) => l.includes("/dist/"));

// Before and after the program's spawn (the interpreter's and catalogue's caches warm).
async function checkRun(args: string[], cwd?: string) {
  await loaded(args, cwd);
  const lines = await loaded(args, cwd);
  const at = lines.indexOf(SPAWN);
  expect(at, lines.join("\n")).toBeGreaterThan(0);
  return { before: dist(lines.slice(0, at)), after: dist(lines.slice(at + 1)) };
}

describe("what check loads", () => {
  beforeAll(async () => {
    // The interpreter's facts, cached once.
    await pytutor(["doctor", "--python", python], { env: { PYTUTOR_CACHE_DIR: cache } });
  });

  test("outside a workspace: zod's classic API never; graders, reports and the validator once the program runs", async () => {
    const { before, after } = await checkRun(["check", "ejercicio1", join(FIXTURES, "programs", "noop.py"), "--python", python]);
    expect([...before, ...after].filter(isZodClassic)).toEqual([]);
    expect(before.filter((l) => isReport(l) || isValidator(l) || isStringWidth(l))).toEqual([]);
    expect(after.filter(isReport).length).toBeGreaterThanOrEqual(2);
    expect(after.filter(isValidator)).toHaveLength(1);
  });

  test("inside a workspace (its progress file validated, the attempt recorded): zod's classic API never", async () => {
    const root = mkdtempSync(join(tmpdir(), "pytutor-startup-ws-"));
    try {
      const init = await pytutor(["init", root, "--python", python], { env: { PYTUTOR_CACHE_DIR: cache } });
      expect(init.code, init.stderr).toBe(0);
      cpSync(join(EXERCISES, "ejercicio1", "solution.py"), join(root, "ejercicio1.py"));
      const { before, after } = await checkRun(["check", "ejercicio1", "--python", python], root);
      expect([...before, ...after].filter(isZodClassic)).toEqual([]);
      expect(readFileSync(join(root, ".pytutor", "state.json"), "utf8")).toContain('"status": "done"');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("the scan can tell: with a cold catalogue cache, check validates the specs with zod's classic API", async () => {
    const cold = mkdtempSync(join(tmpdir(), "pytutor-startup-cold-"));
    const lines = dist(await loaded(["check", "ejercicio1", join(FIXTURES, "programs", "noop.py"), "--python", python], ROOT, cold));
    expect(lines.filter(isZodClassic).length).toBeGreaterThanOrEqual(1);
  });

  test("--help loads neither commander nor the runner", async () => {
    const lines = dist(await loaded(["--help"]));
    expect(lines.some((l) => /\/program-[A-Z0-9]+\.js$/u.test(l))).toBe(false);
    expect(lines.some((l) => text(l).includes("execa"))).toBe(false);
  });
});
