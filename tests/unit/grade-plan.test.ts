// `grade`'s options turned into a batch (src/gradebook/plan.ts), without the CLI.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { BatchInputError } from "../../src/batch/grade-batch.js";
import { PytutorError } from "../../src/errors.js";
import { batchOptions, defaultOut, gradeFailure, gradeNotices, parseShard, planGrade, reportsFailure } from "../../src/gradebook/plan.js";
import type { PythonInfo } from "../../src/python/find.js";
import { EXERCISES } from "../helpers/cli.js";

const python = { executable: "/usr/bin/python3", version: "3.12.1" } as PythonInfo;
const options = { onlyExercises: EXERCISES };
const folder = () => {
  const root = mkdtempSync(join(tmpdir(), "pytutor-unit-plan-"));
  mkdirSync(join(root, "entregas"));
  return join(root, "entregas");
};
const noFlags = () => ({});
const refusal = async (promise: Promise<unknown>): Promise<string> => {
  const error: unknown = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(PytutorError);
  return (error as PytutorError).text.en;
};

describe("--shard", () => {
  test.each([
    ["1/1", { index: 1, count: 1 }],
    ["2/4", { index: 2, count: 4 }],
    [" 3/3 ", { index: 3, count: 3 }],
    [undefined, undefined],
  ])("%s", (value, shard) => expect(parseShard(value)).toEqual(shard));

  test.each(["0/2", "5/2", "1/0", "2", "a/b", "-1/2", "1/2/3", ""])("refuses «%s»", (value) => {
    expect(() => parseShard(value)).toThrow(PytutorError);
  });
});

test("the default output folder sits beside the submissions, named after the shard", () => {
  expect(defaultOut("/c/entregas", undefined)).toBe("/c/entregas-pytutor");
  expect(defaultOut("/c/entregas", { index: 2, count: 4 })).toBe("/c/entregas-pytutor-2de4");
});

describe("planning a batch", () => {
  test("defaults: summary feedback, the default folder, every exercise, the flags parsed in their turn", async () => {
    const source = folder();
    const plan = await planGrade(source, options, "en", () => {}, () => ({ slots: 3 }));
    expect(plan).toMatchObject({ source, out: `${source}-pytutor`, feedback: "summary", flags: { slots: 3 } });
    expect(plan.only).toBeUndefined();
    expect(plan.catalogue.length).toBeGreaterThan(0);
    const sharded = await planGrade(source, { ...options, shard: "1/2", feedback: "hidden", exercise: "ejercicio3", out: "x" }, "en", () => {}, noFlags);
    expect(sharded).toMatchObject({ shard: { index: 1, count: 2 }, feedback: "hidden", out: join(process.cwd(), "x") });
    expect(sharded.only?.spec.id).toBe("ejercicio3");
  });

  test("refusals name the problem, in the order they always came", async () => {
    const source = folder();
    const file = join(source, "a.py");
    writeFileSync(file, "");
    expect(await refusal(planGrade(join(source, "nope"), options, "en", () => {}, noFlags))).toMatch(/^there is no folder /);
    expect(await refusal(planGrade(file, options, "en", () => {}, noFlags))).toMatch(/is not a folder/);
    expect(await refusal(planGrade(source, { ...options, feedback: "all", shard: "9/1" }, "en", () => {}, noFlags))).toBe("--feedback is full, summary or hidden, not «all».");
    expect(await refusal(planGrade(source, { ...options, shard: "9/1" }, "en", () => {}, () => { throw new PytutorError({ es: "", en: "flags" }); }))).toMatch(/^--shard needs/);
    expect(await refusal(planGrade(source, options, "en", () => {}, () => { throw new PytutorError({ es: "", en: "flags" }); }))).toBe("flags");
    expect(await refusal(planGrade(source, { ...options, exercise: "nope" }, "en", () => {}, noFlags))).toBe("there is no exercise «nope». Run `pytutor list`.");
  });
});

test("the batch: sandboxed only when isolation is on, the journal in the output folder, the flags passed on", async () => {
  const source = folder();
  const plan = await planGrade(source, { ...options, sandbox: false }, "es", () => {}, noFlags);
  const run = { python, slots: 2, timeoutSeconds: 5, limits: { memoryMb: 64 }, resume: true, skip: "/x", lang: "es" as const };
  const batch = batchOptions(plan, run, {});
  expect(batch).toMatchObject({ folder: source, sourceName: "entregas", slots: 2, maxConcurrent: 32, resume: true, timeoutSeconds: 5, limits: { memoryMb: 64 }, feedback: "summary", skip: "/x" });
  expect(batch.journalPath.startsWith(`${source}-pytutor`)).toBe(true);
  expect(batch.sandbox).toBeUndefined();
  expect(batch.isolation.mode).toBe("off");
  expect(batch.weights).toBeUndefined();
  expect(batchOptions(plan, { ...run, timeoutSeconds: undefined }, {}).timeoutSeconds).toBeUndefined();
});

test("failures and notices", () => {
  const input = gradeFailure(new BatchInputError({ es: "x", en: "y" }), python);
  expect(input).toBeInstanceOf(PytutorError);
  const old = Object.assign(new Error("old"), { name: "PythonTooOldError" });
  expect((gradeFailure(old, python) as PytutorError).text.en).toBe("/usr/bin/python3 is too old; pytutor needs CPython 3.8 or newer.");
  const other = new Error("boom");
  expect(gradeFailure(other, python)).toBe(other);
  expect(reportsFailure("/o", new Error("EACCES")).text.es).toBe("no puedo escribir los informes en /o: EACCES. El diario conserva lo corregido: repite con --resume.");
  expect(gradeNotices.swept({ folders: 1, processes: 2 }, "es")).toBe("pytutor: limpio lo que dejó una corrección anterior que murió: 1 carpeta temporal, 2 procesos.\n");
  expect(gradeNotices.interrupted("/o", "en")).toMatch(/^\npytutor: interrupted\. What was graded is in \/o\/.+; continue with --resume\.\n$/);
  expect(gradeNotices.isolation({ mode: "off" }, "en")).toMatch(/^pytutor: warning: .+\.\n$/);
});
