// A hostile program's text (a window-title OSC ending in BEL, a clear-screen
// CSI, an 8-bit CSI, a right-to-left override, an isolate, NUL) through every
// renderer: no ESC, C1 control, NUL or bidi control reaches a terminal, a file
// or a page. --json is data: it keeps the text as it was, and stays valid JSON.
import { join } from "node:path";
import { Chalk } from "chalk";
import { describe, expect, test } from "vitest";
import { grade } from "../../src/grade/grade.js";
import type { CheckOutcome } from "../../src/attempt/types.js";
import type { PythonInfo } from "../../src/python/find.js";
import { loadCatalog } from "../../src/catalog/load.js";
import { checkJson } from "../../src/report/check-json.js";
import { renderCheck, renderShort } from "../../src/report/check-terminal.js";
import { renderWatchSummary } from "../../src/report/watch-summary.js";
import { renderTimeline, timelineOf } from "../../src/report/timeline.js";
import { learnerStacks, renderStacks } from "../../src/report/stacks.js";
import { buildDocument, exerciseInfo, fromOutcome } from "../../src/batch/document.js";
import { studentFeedback } from "../../src/report/batch/feedback.js";
import { batchJunit } from "../../src/report/batch/junit.js";
import { htmlReport } from "../../src/report/batch/html.js";
import { gradebookCsv } from "../../src/report/batch/gradebook.js";
import { canvasCsv, moodleCsv } from "../../src/report/batch/lms.js";
import { githubAnnotations, renderVerify, summarise, verifyJunit } from "../../src/report/verify-report.js";
import type { TargetResult } from "../../src/verify/verify.js";
import { resultsJson } from "../../src/batch/output.js";
import { Progress } from "../../src/batch/progress.js";
import { escapeControls, safeJson, safeText, visible, xmlText } from "../../src/util/sanitize.js";
import { record } from "../helpers/records.js";
import type { ProbeEvent } from "../../src/runner/probe-events.js";

const HOSTILE = "\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202egnp.exe\u2066x\u2069\u0000end";
// What must not survive: ESC, BEL, NUL and the other C0 controls but tab and
// line ends, DEL, C1 controls, bidi embeddings/overrides/isolates and marks.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const plain = new Chalk({ level: 0 });
const exercise = loadCatalog(join(import.meta.dirname, "..", "..", "exercises")).exercises[0]!;
const python: PythonInfo = { executable: "/usr/bin/python3", version: "3.12.1", major: 3, minor: 12, implementation: "CPython", freeThreaded: false, gilEnabled: true, requested: "python3", source: "path" };
const file = `/tmp/x/${HOSTILE}.py`;
const events = [
  { event: "thread", t: 0.01, n: 1, name: `hilo ${HOSTILE}`, api: "Thread", target: null, args: [], nums: [], daemon: false, learner: true, site: null },
  { event: "run", t: 0.01, n: 1, phase: "begin", ident: 7, name: `hilo ${HOSTILE}` },
  { event: "run", t: 0.2, n: 1, phase: "end", ident: 7, name: `hilo ${HOSTILE}` },
  {
    event: "exception",
    t: 0.3,
    type: "ValueError",
    message: HOSTILE,
    thread: "MainThread",
    traceback: `Traceback (most recent call last):\n  File "x.py", line 3, in <module>\n    print("${HOSTILE}")\nValueError: ${HOSTILE}\n`,
    frames: [{ file: "x.py", line: 3, function: `f${HOSTILE}` }],
  },
] as unknown as ProbeEvent[];
const run = record([`linea ${HOSTILE}`, HOSTILE], {
  file,
  exitCode: 1,
  stderr: `Traceback:\n${HOSTILE}\n`,
  events,
  mainThreadIdent: 1,
  stacksAtTimeout: `Current thread 0x0000000000000007 (most recent call first):\n  File "/tmp/x/${HOSTILE}.py", line 3 in f${HOSTILE}\n`,
  stackSources: { [`/tmp/x/${HOSTILE}.py`]: { "3": `print("${HOSTILE}")` } },
});
const outcome: CheckOutcome = { exercise, file, python, record: run, result: grade(exercise.spec, run), attempts: 1 };
const student = `Ana ${HOSTILE}`;
const submission = fromOutcome({ student, exercise: exercise.spec.id, shown: `${student}/x.py`, sha256: "0" }, outcome, "2026-01-01T00:00:00Z");
const doc = buildDocument(
  { source: "entregas", generatedAt: "2026-01-01T00:00:00Z", python, lang: "es", feedback: "full", isolation: { mode: "off", text: { es: "", en: "" } }, exercises: [exerciseInfo(exercise)], students: [student] },
  [submission],
  [{ path: `z.zip!${HOSTILE}.txt`, reason: { es: `no se parece: ${HOSTILE}`, en: `unlike: ${HOSTILE}` } }],
);
const verifyResults: TargetResult[] = [
  { exercise: "ejercicio1", python, target: { exercise, kind: "solution", file: "solution.py" }, runs: [], ok: false, flaky: false, problems: [{ es: `error del corrector: ${HOSTILE}`, en: `grader error: ${HOSTILE}` }], notes: [] },
];

function progressLine(): string {
  let written = "";
  const progress = new Progress("es", false, (text) => (written += text));
  progress.start(1, 0);
  progress.result(submission);
  return written;
}

const RENDERED: Array<[string, () => string]> = [
  ["check, full report", () => renderCheck(outcome, "es", plain) + renderCheck(outcome, "en", new Chalk({ level: 3 }))],
  ["check, short report", () => renderShort(outcome, "es", plain, { width: 80, stacks: learnerStacks(run) })],
  ["watch summary", () => renderWatchSummary(outcome, "es", plain, 100).join("\n")],
  ["timeline", () => renderTimeline(timelineOf(run), 100, "es", plain)],
  ["stacks", () => renderStacks(learnerStacks(run), "es", plain).join("\n")],
  ["feedback (Markdown)", () => studentFeedback(doc, student, "es", "full")],
  ["JUnit of grade", () => batchJunit(doc, "es")],
  ["HTML report", () => htmlReport(doc, "es")],
  ["gradebook, Moodle and Canvas CSV", () => gradebookCsv(doc, "es") + moodleCsv(doc, "es") + canvasCsv(doc, "es")],
  ["grade progress line", progressLine],
  ["verify: terminal, JUnit, annotations", () => renderVerify(verifyResults, summarise(verifyResults, 10), "es", plain, "verify") + verifyJunit(verifyResults, summarise(verifyResults, 10), "es") + githubAnnotations(verifyResults, "es", "/").join("\n")],
];

describe("a hostile program's text", () => {
  test("the grade's notes carry it raw (they are data)", () => {
    expect(outcome.result.notes.map((n) => n.text.es).join("\n")).toContain(HOSTILE);
  });

  test.each(RENDERED)("%s: nothing a terminal would obey survives", (_name, render) => {
    const text = render();
    // Our own colours are the only escapes, and only where asked for.
    const withoutOwnColours = text.replace(/\u001b\[\d+(;\d+)*m/g, "");
    expect(withoutOwnColours).not.toMatch(UNSAFE);
    expect(text).toMatch(/\\x1b|\\u202e|\uFFFD/);
  });

  test("--json keeps the text as the program wrote it, as valid JSON", () => {
    const json = safeJson(checkJson(outcome, "es"), 2);
    const back = JSON.parse(json) as { output: Array<{ text: string }>; stderr: string };
    expect(back.output[1]?.text).toBe(HOSTILE);
    expect(back.stderr).toContain(HOSTILE);
    expect(json).not.toMatch(UNSAFE);
    // results.json, the same way.
    const results = [...resultsJson(doc)].join("");
    expect(results).not.toMatch(UNSAFE);
    expect((JSON.parse(results) as { submissions: Array<{ stderr: string }> }).submissions[0]?.stderr).toContain(HOSTILE);
  });

  test.each([
    ["visible", visible(HOSTILE), "\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202egnp.exe\\u2066x\\u2069\\x00end"],
    ["safeText", safeText(`a\tb\nc${HOSTILE}`, 9), "a\\x09b\\x0ac\\x1b]0;…"],
    ["escapeControls keeping line ends", escapeControls("a\n\u001b\r\n\ud800b"), "a\\x0a\\x1b\\x0d\\x0a\\ud800b"],
    ["escapeControls, keep", escapeControls("a\n\u001b\r\n", "\n"), "a\n\\x1b\\x0d\n"],
    ["xmlText", xmlText(`<a>\u0000\u009b\t\n`), "&lt;a&gt;\uFFFD\\x9b\t\n"],
    ["visible markers", visible("a\tb\r \u00a0\u200b  "), "a→b␍ ⍽⌑··"],
  ])("%s", (_name, got, want) => {
    expect(got).toBe(want);
  });
});
