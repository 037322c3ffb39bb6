// Verdicts that do not depend on the machine's load: with 2 × cores busy
// processes beside it, no correct program of the timing exercises fails and
// no known-wrong one passes, and a class graded twice gets the same grades.
// (The figures over many runs are bench/load-verdicts.mjs's job.)
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { EXERCISES, pytutor } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";
import type { BatchDocument } from "../../src/batch/types.js";

const python = (testPythons().at(-1) as { path: string }).path;
let busy: ChildProcess[] = [];

beforeAll(() => {
  busy = Array.from({ length: 2 * availableParallelism() }, () => spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" }));
});
afterAll(() => {
  for (const child of busy) child.kill("SIGKILL");
});

type Row = { file: string; kind: string; verdicts: Record<string, number>; problems: string[] };
type Doc = { exercises: Array<{ id: string; results: Row[] }> };

test("under load: every correct file passes or is undecided, never fails; every wrong one is still caught", async () => {
  const r = await pytutor(
    ["verify", "ejercicio2", "ejercicio15", "ejercicio17", "--python", python, "--skip-files", "alternatives/ciegas/,variants/ciegas/", "--json", "--lang", "en"],
    { timeoutMs: 600_000 },
  );
  const doc = JSON.parse(r.stdout) as Doc;
  const rows = doc.exercises.flatMap((e) => e.results.map((x) => ({ ...x, exercise: e.id })));
  expect(rows.length).toBeGreaterThan(30);
  const correct = rows.filter((x) => x.kind === "solution" || x.kind === "alternative");
  expect(correct.filter((x) => (x.verdicts.fail ?? 0) > 0).map((x) => `${x.exercise} ${x.file}: ${x.problems.join("; ")}`)).toEqual([]);
  // A variant is caught when its labelled check fails (or, for a suggestion, is shown); under load
  // a timing check may stay undecided instead, but never pass.
  const wrong = rows.filter((x) => x.kind === "variant" || x.kind === "starter");
  const missed = wrong.filter((x) => x.problems.some((p) => !/stayed undecided|stays undecided/.test(p)));
  expect(missed.map((x) => `${x.exercise} ${x.file}: ${x.problems.join("; ")}`)).toEqual([]);
}, 600_000);

test("under load: the same class graded twice gets the same grades", async () => {
  const dir = mkdtempSync(join(tmpdir(), "pytutor-load-class-"));
  const sources = [
    ["ejercicio2", "solution.py"],
    ["ejercicio2", "alternatives/capitulo.py"],
    ["ejercicio13", "solution.py"],
    ["ejercicio15", "solution.py"],
    ["ejercicio16", "solution.py"],
    ["ejercicio17", "solution.py"],
  ] as const;
  sources.forEach(([exercise, file], i) => {
    const student = join(dir, "entregas", `alumno${i + 1}`);
    mkdirSync(student, { recursive: true });
    const spec = readFileSync(join(EXERCISES, exercise, "exercise.yaml"), "utf8");
    const name = /^file:\s*["']?([^"'\s]+)/m.exec(spec)?.[1] ?? `${exercise}.py`;
    copyFileSync(join(EXERCISES, exercise, file), join(student, name));
  });
  const grades: string[][] = [];
  for (const round of [1, 2]) {
    const r = await pytutor(["grade", join(dir, "entregas"), "--python", python, "--out", join(dir, `notas${round}`), "--json"], {
      env: { CI: "true" },
      timeoutMs: 300_000,
    });
    const doc = JSON.parse(r.stdout) as BatchDocument;
    grades.push(doc.submissions.map((s) => `${s.key} ${s.status} ${s.points.earned}/${s.points.total}`).sort());
  }
  expect(grades[0]).toHaveLength(sources.length);
  expect(grades[1]).toEqual(grades[0]);
  expect(grades[0]!.filter((g) => !g.includes(" pass "))).toEqual([]);
}, 600_000);
