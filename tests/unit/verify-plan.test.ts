// `verify`'s options checked before anything runs (src/verify/plan.ts,
// src/verify/screens.ts) and its header, without the CLI.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { PytutorError } from "../../src/errors.js";
import { fileFilter, verifiedExercises, verifyingText, writeReport } from "../../src/verify/plan.js";
import { screenPath, screenWriter } from "../../src/verify/screens.js";
import { targetsOf } from "../../src/verify/verify.js";
import { verifyHeader } from "../../src/report/verify-report.js";
import type { PythonInfo } from "../../src/python/find.js";
import type { CheckOutcome } from "../../src/attempt/types.js";
import { EXERCISES } from "../helpers/cli.js";

const catalogue = loadCatalog(EXERCISES);
const exercises = catalogue.exercises;
const [first] = exercises as [(typeof exercises)[number]];
const refusal = (run: () => unknown): PytutorError => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PytutorError);
    return error as PytutorError;
  }
  throw new Error("not refused");
};

describe("the exercises to verify", () => {
  test("every one by default; the named ones in the order given, by id, alias or number", () => {
    const dir = { dir: EXERCISES, exercises, issues: [] };
    expect(verifiedExercises(dir, [])).toBe(exercises);
    expect(verifiedExercises(dir, ["ejercicio2", first.spec.alias]).map((e) => e.spec.id)).toEqual(["ejercicio2", first.spec.id]);
    expect(refusal(() => verifiedExercises(dir, ["nope"])).text.en).toBe("there is no exercise «nope». Run `pytutor list`.");
    expect(refusal(() => verifiedExercises({ ...dir, exercises: [] }, [])).kind).toBe("bad-input");
  });

  test("an invalid spec refuses everything, with one detail per problem", () => {
    const issue = { file: "x/exercise.yaml", path: "title", message: { es: "falta", en: "missing" } };
    const error = refusal(() => verifiedExercises({ dir: "/c", exercises, issues: [issue, issue] as never }, []));
    expect(error.text.en).toBe("the specs are not valid: 2 problems in /c:");
    expect(error.details).toHaveLength(2);
  });
});

describe("--only-files and --skip-files", () => {
  const files = targetsOf(first).map((t) => t.file);
  test.each([
    [undefined, undefined, files],
    ["solution", undefined, files.filter((f) => f.startsWith("solution"))],
    [" starter.py , solution", undefined, files.filter((f) => f.startsWith("solution") || f.startsWith("starter.py"))],
    [undefined, "variants/", files.filter((f) => !f.startsWith("variants/"))],
    ["solution", "solution", null],
    ["nothing-like-this", undefined, null],
  ])("only %s, skip %s", (only, skip, kept) => {
    if (kept === null) {
      expect(refusal(() => fileFilter([first], only, skip)).text.en).toBe("no file of the chosen exercises matches --only-files/--skip-files; nothing is left to verify");
      return;
    }
    const select = fileFilter([first], only, skip);
    expect(files.filter(select)).toEqual(kept);
  });
});

test("screens: one file per exercise, file and CPython; the first failure is told once verify ends", () => {
  const python = { version: "3.12.1" } as PythonInfo;
  expect(screenPath({ exercise: first, kind: "variant", file: "variants/off_by_one.py" }, python)).toBe(join(first.spec.id, "variants__off_by_one@3.12.1.txt"));
  const blocked = join(mkdtempSync(join(tmpdir(), "pytutor-unit-screens-")), "file");
  writeFileSync(blocked, "");
  const writer = screenWriter(blocked, "en");
  expect(writer.failure()).toBeUndefined();
  writer.write({ exercise: first, kind: "solution", file: "solution.py" }, python, {} as CheckOutcome);
  expect(writer.failure()?.text.en).toMatch(new RegExp(`^cannot write the screens in ${blocked}: `));
});

test("the header, the progress line and a report that cannot be written, in both languages", () => {
  expect(verifyHeader(1, ["3.12.1"], 1, 4, "es")).toBe("pytutor verify · 1 ejercicio · CPython 3.12.1 · una ejecución de cada archivo · 4 en paralelo");
  expect(verifyHeader(17, ["3.8.18", "3.13.0"], 3, 2, "en")).toBe("pytutor verify · 17 exercises · CPython 3.8.18, 3.13.0 · 3 runs of each file · 2 in parallel");
  expect(verifyingText(3, 10, "es")).toBe("\rverificando 3/10…");
  const dir = mkdtempSync(join(tmpdir(), "pytutor-unit-junit-"));
  writeReport(join(dir, "r.xml"), "<x/>");
  expect(readFileSync(join(dir, "r.xml"), "utf8")).toBe("<x/>");
  expect(() => writeReport(join(dir, "r.xml", "in-a-file.xml"), "<x/>")).toThrow(new RegExp(`^cannot write ${dir}/r.xml/in-a-file.xml: `));
});
