// `pytutor verify` on a catalogue that is wrong in every way it must catch,
// and its bad input.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { FIXTURES, pytutor } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const python = testPythons().at(-1)?.path ?? "python3";
const broken = join(FIXTURES, "specs", "verify-broken");

type VerifyDoc = {
  passed: boolean;
  summary: { targets: number; runs: number; problems: number; flaky: number };
  exercises: Array<{ id: string; results: Array<{ file: string; kind: string; ok: boolean; flaky: boolean; verdicts: Record<string, number>; problems: string[] }> }>;
};

describe.concurrent("verify", () => {
  test("catches a passing starter, a variant failing for another reason, a passing variant and a flaky one", async () => {
    const r = await pytutor(["verify", "--only-exercises", broken, "--runs", "20", "--python", python, "--json", "--lang", "en"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as VerifyDoc;
    expect(doc.passed).toBe(false);
    const byFile = Object.fromEntries(doc.exercises[0]!.results.map((x) => [x.file, x]));
    expect(byFile["solution.py"]?.ok).toBe(true);
    expect(byFile["starter.py"]?.problems.join()).toContain("the starter passes every check");
    expect(byFile["variants/otro-motivo.py"]?.problems.join()).toContain("it fails on: termina");
    expect(byFile["variants/pasa.py"]?.problems.join()).toContain("should fail, but passes");
    const flaky = byFile["variants/inestable.py"];
    expect(flaky?.flaky).toBe(true);
    expect(flaky?.problems.join()).toMatch(/flaky: the verdict changed between runs \((\d+× passes; \d+× fails on saluda|\d+× fails on saluda; \d+× passes)\)/);
    expect((flaky?.verdicts.pass ?? 0) + (flaky?.verdicts.fail ?? 0)).toBe(20);
    expect(doc.summary).toMatchObject({ targets: 5, runs: 100, problems: 4, flaky: 1 });
  });

  test("a JUnit report and GitHub annotations", async () => {
    const junit = join(mkdtempSync(join(tmpdir(), "pytutor-junit-")), "verify.xml");
    const r = await pytutor(["verify", "--only-exercises", broken, "--python", python, "--junit", junit], { env: { GITHUB_ACTIONS: "true" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=.*starter\.py,title=ejercicio1 · Python 3\.\d+\.\d+::/m);
    const xml = readFileSync(junit, "utf8");
    expect(xml).toMatch(/<testsuites name="pytutor verify" tests="5" failures="\d"/);
    expect(xml).toContain("<failure message=");
    expect(xml).toContain('name="solution.py (solución) pasa"');
  });

  test("verifies the built-in ejercicio1 on several interpreters", async () => {
    const pythons = testPythons().slice(0, 2).flatMap((p) => ["--python", p.path]);
    const r = await pytutor(["verify", "ejercicio1", ...pythons]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("TODO CORRECTO");
    expect(r.stdout).toMatch(/ejercicio1 gc-ciclos\s+✓ 3\.\d+\.\d+ (\d+)\/\1 /);
  });

  test("--only-files and --skip-files choose files by their path in the exercise's folder", async () => {
    const only = await pytutor(["verify", "--only-exercises", broken, "--python", python, "--only-files", "variants/pasa,solution", "--json"]);
    const skip = await pytutor(["verify", "--only-exercises", broken, "--python", python, "--skip-files", "variants/", "--json"]);
    const files = (stdout: string) => (JSON.parse(stdout) as VerifyDoc).exercises[0]!.results.map((x) => x.file).sort();
    expect(files(only.stdout)).toEqual(["solution.py", "variants/pasa.py"]);
    expect(only.code).toBe(1);
    expect(files(skip.stdout)).toEqual(["solution.py", "starter.py"]);
  });

  const bad: Array<[string, string[], RegExp]> = [
    ["an invalid spec", ["verify", "--only-exercises", join(FIXTURES, "specs", "invalid")], /la spec no es válida: 10 problema/],
    ["a folder without a spec", ["verify", "--only-exercises", join(FIXTURES, "specs", "no-spec")], /falta exercise\.yaml/],
    ["duplicate ids, aliases and file names", ["verify", "--only-exercises", join(FIXTURES, "specs", "duplicate")], /«ejercicio1\.py» ya lo usa/],
    ["an unknown exercise", ["verify", "ejercicio99", "--only-exercises", broken], /no existe el ejercicio «ejercicio99»/],
    ["a bad --runs", ["verify", "--runs", "0"], /--runs necesita un entero entre 1 y 1000/],
    ["a bad --jobs", ["verify", "--jobs", "muchos"], /--jobs necesita un entero/],
    ["a missing interpreter", ["verify", "--only-exercises", broken, "--python", "/no/such/python"], /no encuentro CPython/],
    ["a catalogue folder with no exercise", ["verify", "--only-exercises", mkdtempSync(join(tmpdir(), "pytutor-empty-"))], /no hay ningún ejercicio en/],
    ["file filters that leave nothing", ["verify", "--only-exercises", broken, "--only-files", "nada/"], /no queda nada que verificar/],
  ];
  for (const [name, args, message] of bad) {
    test(`bad input: ${name}`, async () => {
      const r = await pytutor(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)/);
    });
  }
});
