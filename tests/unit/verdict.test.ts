// The verdict is decided once (grade/verdict.ts) and every command and report
// shows that same word: tricky inputs through every place that shows one.
import { join } from "node:path";
import { Chalk } from "chalk";
import { describe, expect, test } from "vitest";
import { combinedVerdict, pointsOf, scoreOf, verdictOf } from "../../src/grade/verdict.js";
import { mergeCaseResults } from "../../src/grade/cases.js";
import type { CheckResult, GradeResult, Verdict } from "../../src/grade/result.js";
import type { CheckOutcome } from "../../src/attempt/types.js";
import { loadCatalog } from "../../src/catalog/load.js";
import { checkJson } from "../../src/report/check-json.js";
import { renderCheck, renderShort } from "../../src/report/check-terminal.js";
import { renderWatchSummary } from "../../src/report/watch-summary.js";
import { buildDocument, exerciseInfo, fromOutcome } from "../../src/batch/document.js";
import { studentFeedback } from "../../src/report/batch/feedback.js";
import { batchJunit } from "../../src/report/batch/junit.js";
import { moodleCsv } from "../../src/report/batch/lms.js";
import { judge } from "../../src/verify/verify.js";
import { VERDICT_WORD } from "../../src/report/verdict-words.js";
import { record } from "../helpers/records.js";
import type { PythonInfo } from "../../src/python/find.js";
import type { Case } from "../../src/catalog/schema.js";

const plain = new Chalk({ level: 0 });
const exercise = loadCatalog(join(import.meta.dirname, "..", "..", "exercises")).exercises[0]!;
const python: PythonInfo = { executable: "/usr/bin/python3", version: "3.12.1", major: 3, minor: 12, implementation: "CPython", freeThreaded: false, gilEnabled: true, requested: "python3", source: "path" };

function check(id: string, status: CheckResult["status"], extra: Partial<CheckResult> = {}): CheckResult {
  return { id, type: "line", status, advice: false, points: 1, earned: status === "pass" && !extra.advice ? 1 : 0, title: { es: id, en: id }, ...extra };
}

function result(checks: CheckResult[], run = { complete: true, tampered: false }): GradeResult {
  const verdict = verdictOf(checks, run);
  const points = pointsOf(checks);
  return { verdict, checks, passed: verdict === "pass", score: scoreOf(points), points, notes: [], retry: false };
}

const advice = { advice: true, points: 0 };
const incomplete = { skip: "incomplete" as const };
const CASES: Array<[string, GradeResult, Verdict]> = [
  ["all pass", result([check("a", "pass"), check("b", "pass")]), "pass"],
  ["a failed suggestion never fails", result([check("a", "pass"), check("tip", "fail", advice)]), "pass"],
  ["an undecided suggestion never makes it undecided", result([check("a", "pass"), check("tip", "undecided", advice)]), "pass"],
  ["a required failure fails, whatever is undecided", result([check("a", "undecided"), check("b", "fail")]), "fail"],
  ["undecided only when nothing failed", result([check("a", "pass"), check("b", "undecided")]), "undecided"],
  ["a check that does not apply does not count", result([check("a", "pass"), check("b", "skipped", { skip: "not-applicable" })]), "pass"],
  ["a program stopped before any check could be judged fails", result([check("a", "skipped", incomplete), check("b", "skipped", incomplete)], { complete: false, tampered: false }), "fail"],
  ["tampering fails", result([check("a", "skipped", incomplete)], { complete: true, tampered: true }), "fail"],
  ["nothing to check, complete: pass", result([]), "pass"],
];

const caseOf = (id: string): Case => ({ id, title: { es: id, en: id } }) as Case;
const merged = (parts: GradeResult[]) => mergeCaseResults(parts.map((r, k) => ({ case: caseOf(`c${k}`), result: r })), 0);
CASES.push(
  ["cases: pass and undecided", merged([CASES[0]![1], CASES[4]![1]]), "undecided"],
  ["cases: undecided and fail", merged([CASES[4]![1], CASES[6]![1]]), "fail"],
  ["cases: pass and pass", merged([CASES[0]![1], CASES[1]![1]]), "pass"],
);

const WORDS = /NO SUPERADO|SIN DECIDIR|SUPERADO/;
const firstWord = (text: string) => WORDS.exec(text)?.[0];

describe("one verdict, shown the same everywhere", () => {
  test.each(CASES)("%s", (_name, graded, expected) => {
    expect(graded.verdict).toBe(expected);
    expect(graded.passed).toBe(expected === "pass");
    const outcome: CheckOutcome = { exercise, file: "ejercicio1.py", python, record: record(["hola"]), result: graded, attempts: 1 };
    const word = VERDICT_WORD.es[expected];
    // check: --json, the full and the short report, watch.
    expect(checkJson(outcome, "es").verdict).toBe(expected);
    expect(checkJson(outcome, "es").passed).toBe(expected === "pass");
    expect(firstWord(renderShort(outcome, "es", plain, { width: 80 }))).toBe(word);
    expect(firstWord(renderCheck(outcome, "es", plain).split("\n").filter((l) => WORDS.test(l)).at(-1) ?? "")).toBe(word);
    expect(firstWord(renderWatchSummary(outcome, "es", plain, 100)[0] ?? "")).toBe(word);
    // grade: the document, its counts, feedback, JUnit, Moodle's comment.
    const submission = fromOutcome({ student: "ana", exercise: exercise.spec.id, shown: "ana/ejercicio1.py", sha256: "0" }, outcome, "2026-01-01T00:00:00Z");
    expect(submission.status).toBe(expected);
    expect(submission.passed).toBe(expected === "pass");
    const doc = buildDocument(
      { source: "x", generatedAt: "2026-01-01T00:00:00Z", python, lang: "es", feedback: "full", isolation: { mode: "off", text: { es: "", en: "" } }, exercises: [exerciseInfo(exercise)], students: ["ana"] },
      [submission],
      [],
    );
    const counts = { pass: doc.summary.passed, fail: doc.summary.failed, undecided: doc.summary.undecided };
    expect(counts).toEqual({ pass: 0, fail: 0, undecided: 0, [expected]: 1 });
    const feedback = studentFeedback(doc, "ana", "es", "full");
    expect(firstWord(feedback.split("\n").find((l) => l.startsWith("Nota:")) ?? "")).toBe(word);
    const junit = batchJunit(doc, "es");
    expect(junit.includes("<failure"), junit).toBe(expected === "fail");
    const moodle = moodleCsv(doc, "es");
    if (expected === "fail") expect(moodle).toMatch(/falló|no superado/);
    else expect(moodle).not.toMatch(/falló|no superado/);
    // verify: a reference solution is right only when the verdict is pass.
    const statuses = Object.fromEntries(graded.checks.map((c) => [c.id, c.status]));
    expect(judge({ exercise, kind: "solution", file: "s.py" }, graded.verdict, statuses).ok).toBe(expected === "pass");
    expect(judge({ exercise, kind: "starter", file: "s.py" }, graded.verdict, statuses).ok).toBe(expected !== "pass");
  });

  test("combinedVerdict: any fail, else any undecided, else pass", () => {
    expect(combinedVerdict([])).toBe("pass");
    expect(combinedVerdict(["pass", "undecided", "pass"])).toBe("undecided");
    expect(combinedVerdict(["undecided", "fail", "pass"])).toBe("fail");
  });
});
