// Where a hung program was, in the learner's terms: faulthandler dumps captured
// from real CPython 3.8 and 3.13 (fixtures/stacks, see capture.ts there), and
// the nasty cases table by table.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Chalk } from "chalk";
import { describe, expect, test } from "vitest";
import { cappedStacks, learnerStacks, parseDump, renderStacks, safeText, stacksText, type ThreadStack } from "../../src/report/stacks.js";
import { stackSources } from "../../src/runner/stack-sources.js";
import { studentFeedback } from "../../src/report/batch/feedback.js";
import { SubmissionSchema } from "../../src/batch/schema.js";
import type { ProbeEvent } from "../../src/runner/probe-events.js";
import type { RunRecord } from "../../src/runner/record.js";
import { batchDocument } from "../helpers/batch-doc.js";
import { FIXTURES } from "../helpers/cli.js";

type Capture = { python: string; mainThreadIdent: number; stackSources: Record<string, Record<string, string>>; events: ProbeEvent[] };
type StackRecord = Pick<RunRecord, "file" | "events" | "stacksAtTimeout" | "stackSources" | "mainThreadIdent">;

function captured(version: string): StackRecord {
  const dump = readFileSync(join(FIXTURES, "stacks", `cpython-${version}.txt`), "utf8");
  const capture = JSON.parse(readFileSync(join(FIXTURES, "stacks", `cpython-${version}.json`), "utf8")) as Capture;
  // The learner works in /home/ana, where pyenv and pytutor's cache live too.
  return { file: "/home/ana/hang-threads.py", events: capture.events, stacksAtTimeout: dump, stackSources: capture.stackSources, mainThreadIdent: capture.mainThreadIdent };
}

const plain = new Chalk({ level: 0 });

const EXPECTED: ThreadStack[] = [
  {
    name: "MainThread",
    current: true,
    frames: [
      { file: "hang-threads.py", line: 19, function: "main", source: "hilo.join()" },
      { file: "hang-threads.py", line: 22, function: "<module>", source: "main()" },
    ],
  },
  { name: "ThreadPoolExecutor-0_0", current: false, frames: [] },
  { name: "Descargador", current: false, frames: [{ file: "hang-threads.py", line: 11, function: "esperar_senal", source: "listo.wait()" }] },
];

describe.each(["3.8", "3.13"])("a dump from CPython %s", (version) => {
  const record = captured(version);

  test("parses three threads, the main one current, frames innermost first", () => {
    const threads = parseDump(record.stacksAtTimeout as string);
    expect(threads).toHaveLength(3);
    expect(threads.filter((t) => t.current)).toHaveLength(1);
    const main = threads.find((t) => t.ident === record.mainThreadIdent);
    expect(main?.current).toBe(true);
    expect(main?.frames.at(-1)).toEqual({ file: "/home/ana/hang-threads.py", line: 22, function: "<module>" });
    expect(threads.every((t) => !t.truncated && t.frames.length >= 4)).toBe(true);
  });

  test("keeps only the learner's frames, names every thread, main first, then in start order", () => {
    expect(learnerStacks(record)).toEqual(EXPECTED);
  });

  test("renders the learner's lines with the thread names, no probe frame and no hex id", () => {
    const es = renderStacks(learnerStacks(record), "es", plain);
    expect(es).toEqual([
      "Hilo MainThread — estaba aquí:",
      "    hang-threads.py, línea 19, en main: hilo.join()",
      "    llamado desde hang-threads.py, línea 22, en <module>: main()",
      "Hilo Descargador — estaba aquí:",
      "    hang-threads.py, línea 11, en esperar_senal: listo.wait()",
      "1 hilo más sin código tuyo en la pila.",
    ]);
    const en = stacksText(learnerStacks(record), "en");
    expect(en[0]).toBe("Thread MainThread — it was here:");
    expect(en[2]).toBe("    called from hang-threads.py, line 22, in <module>: main()");
    expect(en.at(-1)).toBe("1 more thread without your code on the stack.");
    for (const line of [...es, ...en]) expect(line).not.toMatch(/_pytutor_|0x|threading\.py/);
  });

  test("a record without stackSources guesses the learner's files from its folder, and leaves pyenv's and pytutor's out", () => {
    const { stackSources: _, ...older } = record;
    const stacks = learnerStacks(older);
    expect(stacks.map((s) => s.frames.map((f) => `${f.file}:${f.line}`))).toEqual([["hang-threads.py:19", "hang-threads.py:22"], [], ["hang-threads.py:11"]]);
    expect(stacks.flatMap((s) => s.frames).every((f) => f.source === undefined)).toBe(true);
  });

  test("without the probe's idents, the threads are named as unknown, never by a hex id", () => {
    const stacks = learnerStacks({ ...record, mainThreadIdent: undefined, events: [] });
    expect(stacks.map((s) => s.name)).toEqual(["?", "?", "?"]);
    const lines = renderStacks(stacks, "es", plain);
    expect(lines[0]).toBe("Un hilo que pytutor no vio empezar — estaba aquí:");
    expect(lines.join("\n")).not.toContain("0x");
  });
});

describe("parseDump: the rest of faulthandler's format", () => {
  test.each([
    ["a thread without Python frames", "Thread 0x00007f0000000001 (most recent call first):\n  <no Python frame>\n", [{ ident: 0x7f0000000001, current: false, frames: [], truncated: false }]],
    [
      "frames cut after the deepest hundred",
      'Current thread 0x0000000000000002 (most recent call first):\n  File "/a/x.py", line 3 in f\n  ...\n',
      [{ ident: 2, current: true, frames: [{ file: "/a/x.py", line: 3, function: "f" }], truncated: true }],
    ],
    [
      "what faulthandler cannot read is ???",
      'Thread 0x0000000000000003 (most recent call first):\n  File ???, line ??? in ???\n',
      [{ ident: 3, current: false, frames: [{ file: "???", line: null, function: "???" }], truncated: false }],
    ],
    ["a lone stack (all_threads=False)", 'Stack (most recent call first):\n  File "/a/x.py", line 1 in <module>\n', [{ ident: null, current: true, frames: [{ file: "/a/x.py", line: 1, function: "<module>" }], truncated: false }]],
    ["CRLF and text before the first thread", 'basura\r\nThread 0x0000000000000004 (most recent call first):\r\n  File "/a/x.py", line 7 in g\r\n', [{ ident: 4, current: false, frames: [{ file: "/a/x.py", line: 7, function: "g" }], truncated: false }]],
    ["an empty dump", "", []],
  ])("%s", (_name, dump, expected) => {
    expect(parseDump(dump)).toEqual(expected);
  });
});

const T1 = "Thread 0x0000000000000010 (most recent call first):\n";
const MAIN = "Current thread 0x0000000000000020 (most recent call first):\n";
const frameLine = (file: string, line: number, fn: string) => `  File "${file}", line ${line} in ${fn}\n`;

function record(dump: string, events: ProbeEvent[], sources: Record<string, Record<string, string>>): StackRecord {
  return { file: "/curso/ej.py", events, stacksAtTimeout: dump, stackSources: sources, mainThreadIdent: 0x20 };
}

describe("learnerStacks and renderStacks: names, escapes and limits", () => {
  test("a reused ident takes the name of the thread that began last; escaped names and paths are decoded, then made safe", () => {
    const events: ProbeEvent[] = [
      { event: "thread", t: 0, n: 1, name: "primero", api: "Thread", args: [], nums: [], daemon: false, learner: true },
      { event: "run", t: 0, n: 1, phase: "begin", ident: 0x10 },
      { event: "run", t: 1, n: 1, phase: "end", name: "primero" },
      { event: "thread", t: 1, n: 2, name: "ma\u00f1ana\u001b[31m\u202e", api: "Thread", args: [], nums: [], daemon: false, learner: true },
      { event: "run", t: 1, n: 2, phase: "begin", ident: 0x10 },
    ];
    const dump = `${T1}${frameLine("/curso/m\\xf3dulo.py", 4, "f\\xf1")}${MAIN}${frameLine("/curso/ej.py", 9, "<module>")}`;
    const stacks = learnerStacks(record(dump, events, { "/curso/m\\xf3dulo.py": { "4": "x = 1\u001b]0;owned\u0007" }, "/curso/ej.py": {} }));
    expect(stacks).toEqual([
      { name: "MainThread", current: true, frames: [{ file: "ej.py", line: 9, function: "<module>" }] },
      { name: "ma\u00f1ana\\x1b[31m\\u202e", current: false, frames: [{ file: "módulo.py", line: 4, function: "fñ", source: "x = 1\\x1b]0;owned\\x07" }] },
    ]);
    const text = renderStacks(stacks, "es", plain).join("\n");
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/u);
    expect(text).toContain("Hilo mañana\\x1b[31m\\u202e — estaba aquí:");
  });

  test("a thread shown without names: the main one and the others, numbered when more than one", () => {
    const stacks: ThreadStack[] = [
      { name: "MainThread", current: true, frames: [{ file: "ej.py", line: 1, function: "<module>" }] },
      { name: "secreto-1", current: false, frames: [{ file: "ej.py", line: 2, function: "a" }] },
      { name: "secreto-2", current: false, frames: [{ file: "ej.py", line: 3, function: "b" }] },
    ];
    const lines = stacksText(stacks, "es", { threadNames: false });
    expect(lines.filter((l) => !l.startsWith(" "))).toEqual(["El hilo principal — estaba aquí:", "Otro hilo (1) — estaba aquí:", "Otro hilo (2) — estaba aquí:"]);
    expect(lines.join("\n")).not.toContain("secreto");
  });

  test("deep recursion shows a few frames and how many more; no learner frame at all is one line", () => {
    const deep: ThreadStack = { name: "MainThread", current: true, frames: Array.from({ length: 30 }, (_, i) => ({ file: "ej.py", line: 5, function: `f${i}` })) };
    const lines = stacksText([deep], "en");
    expect(lines).toHaveLength(1 + 6 + 1);
    expect(lines.at(-1)).toBe("    … and 24 more calls");
    expect(stacksText([{ name: "x", current: true, frames: [] }, { name: "y", current: false, frames: [] }], "es")).toEqual(["2 hilos, ninguno con código tuyo en la pila."]);
    expect(stacksText([], "es")).toEqual([]);
    expect(learnerStacks({ file: "/a/b.py", events: [] })).toEqual([]);
    const capped = cappedStacks([{ name: "idle", current: false, frames: [] }, deep]);
    expect(capped[0]?.frames).toHaveLength(20);
    expect(capped[1]?.name).toBe("idle");
  });

  test.each([
    ["an escape sequence", "a\u001b[2Jb", "a\\x1b[2Jb"],
    ["a C1 control (CSI)", "a\u009bb", "a\\x9bb"],
    ["a newline and a carriage return", "a\nb\rc", "a\\x0ab\\x0dc"],
    ["a right-to-left override", "abc\u202edef", "abc\\u202edef"],
    ["accents and emoji stay", "mañana 🧵", "mañana 🧵"],
  ])("safeText: %s", (_name, text, expected) => {
    expect(safeText(text)).toBe(expected);
  });
});

describe("stackSources: the learner's lines, read from the learner's folder only", () => {
  test("reads the lines the dump names; never through a link, never outside the folder", () => {
    const base = mkdtempSync(join(tmpdir(), "pytutor-stacks-"));
    const learner = join(base, "curso");
    mkdirSync(join(learner, "pkg"), { recursive: true });
    writeFileSync(join(learner, "ej.py"), "import pkg.m\r\nprint(1)\rwhile True:\n    pass\n");
    writeFileSync(join(learner, "pkg", "m\u00f1.py"), "x = 1\n");
    writeFileSync(join(base, "secreto.txt"), "contraseña\n");
    symlinkSync(join(base, "secreto.txt"), join(learner, "enlace.py"));
    const work = "/tmp/pytutor-run-x/work";
    const dump = [
      `Current thread 0x0000000000000001 (most recent call first):`,
      frameLine(`${work}/ej.py`, 3, "<module>").trimEnd(),
      frameLine(`${work}/pkg/m\\xf1.py`, 1, "<module>").trimEnd(),
      frameLine(`${work}/enlace.py`, 1, "<module>").trimEnd(),
      frameLine(`${work}/../secreto.txt`, 1, "<module>").trimEnd(),
      frameLine("/usr/lib/python3.12/threading.py", 1, "wait").trimEnd(),
    ].join("\n");
    expect(stackSources(dump, [work], learner)).toEqual({
      [`${learner}/ej.py`]: { "3": "while True:" },
      [`${learner}/pkg/m\\xf1.py`]: { "1": "x = 1" },
      [`${learner}/enlace.py`]: {},
      [`${learner}/../secreto.txt`]: {},
    });
  });
});

describe("a student's feedback for a hung run", () => {
  const doc = batchDocument();
  const target = doc.submissions.find((s) => s.student === "Ana Pérez") as (typeof doc.submissions)[number];
  target.run = { ...(target.run as NonNullable<typeof target.run>), timedOut: true, stacks: EXPECTED };

  test("full: the threads by name with the student's lines; summary: the lines without the names; hidden: nothing", () => {
    const full = studentFeedback(doc, "Ana Pérez", "es", "full");
    expect(full).toContain("Dónde estaba cada hilo al detenerlo:");
    expect(full).toContain("Hilo Descargador — estaba aquí:\n    hang-threads.py, línea 11, en esperar_senal: listo.wait()");
    const summary = studentFeedback(doc, "Ana Pérez", "es", "summary");
    expect(summary).toContain("Otro hilo — estaba aquí:\n    hang-threads.py, línea 11, en esperar_senal: listo.wait()");
    expect(summary).not.toContain("Descargador");
    expect(studentFeedback(doc, "Ana Pérez", "en", "hidden")).not.toContain("hang-threads.py");
    expect(SubmissionSchema.safeParse(target).success).toBe(true);
  });
});
