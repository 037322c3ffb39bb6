// A planned batch graded and reported (src/gradebook/run.ts) on real files
// and a real CPython, without the CLI: the reports are written and the
// output folder's lock is released, whether the batch ends well or not.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { Progress } from "../../src/batch/progress.js";
import { getPython } from "../../src/context/python.js";
import { PytutorError } from "../../src/errors.js";
import { prepareOut } from "../../src/gradebook/out-folder.js";
import { planGrade } from "../../src/gradebook/plan.js";
import { gradeAndReport } from "../../src/gradebook/run.js";
import { makeCurrent } from "../../src/workspace/shared.js";
import { initWorkspace } from "../../src/workspace/init.js";
import { workspaceAt } from "../../src/workspace/find.js";
import { loadState } from "../../src/workspace/workspace.js";
import { loadCatalog } from "../../src/catalog/load.js";
import { EXERCISES } from "../helpers/cli.js";

const PYTHON = "/root/.pyenv/versions/3.12.1/bin/python3";
const exercises = loadCatalog(EXERCISES).exercises;
const first = exercises.find((e) => e.spec.id === "ejercicio3");
if (!first) throw new Error("no ejercicio3");

async function batch(setup: (source: string) => void) {
  const source = join(mkdtempSync(join(tmpdir(), "pytutor-unit-run-")), "entregas");
  mkdirSync(source);
  setup(source);
  const plan = await planGrade(source, { onlyExercises: EXERCISES, sandbox: false, exercise: "ejercicio3" }, "en", () => {}, () => ({}));
  const lock = prepareOut(plan.out, {});
  const python = await getPython({ python: [PYTHON] });
  const notices: string[] = [];
  const run = { python, slots: 1, timeoutSeconds: undefined, limits: {}, resume: false, skip: plan.out, lang: "en" as const };
  const io = { lock, progress: new Progress("en", false), notice: (text: string) => void notices.push(text) };
  return { plan, run, io, notices };
}

test("a class of one: graded, reported, the lock released", async () => {
  const { plan, run, io } = await batch((source) => {
    mkdirSync(join(source, "ana"));
    copyFileSync(join(first.dir, first.spec.solution), join(source, "ana", first.spec.file));
  });
  const doc = await gradeAndReport(plan, run, io);
  expect(doc.submissions.map((s) => [s.student, s.passed])).toEqual([["ana", true]]);
  expect(existsSync(join(plan.out, "results.json"))).toBe(true);
  prepareOut(plan.out, { force: true }).release();
}, 60_000);

test("a batch that cannot run: the teacher's error, and the lock released", async () => {
  const { plan, run, io } = await batch((source) => writeFileSync(join(source, "notes.txt"), "nothing to grade here"));
  const error: unknown = await gradeAndReport(plan, run, io).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(PytutorError);
  prepareOut(plan.out, { force: true }).release();
}, 60_000);

test("«make it current» sets the workspace's current exercise", async () => {
  const root = join(mkdtempSync(join(tmpdir(), "pytutor-unit-current-")), "ws");
  const some = exercises.slice(0, 3);
  await initWorkspace(root, some, {}, "es");
  await makeCurrent(workspaceAt(root), "ejercicio3", some, "es");
  expect((await loadState(workspaceAt(root), { lang: "es", ids: some.map((e) => e.spec.id) })).current).toBe("ejercicio3");
});
