// The concurrency timeline on synthetic records: lanes from the probe's
// events, the terminal drawing at any width, and its place in the documents.
import { Chalk } from "chalk";
import { describe, expect, test } from "vitest";
import { fromOutcome } from "../../src/batch/document.js";
import { SubmissionSchema } from "../../src/batch/schema.js";
import { TIMELINE_LANES, TIMELINE_SPANS } from "../../src/batch/types.js";
import type { CheckOutcome } from "../../src/attempt/types.js";
import type { GradeResult } from "../../src/grade/result.js";
import { modelOf } from "../../src/grade/model.js";
import { timelineJson } from "../../src/report/check-json.js";
import { capTimeline, MAX_TERMINAL_LANES, mergeSpans, renderTimeline, timelineOf } from "../../src/report/timeline.js";
import type { ProbeEvent } from "../../src/runner/probe-events.js";
import type { RunRecord } from "../../src/runner/record.js";
import { record } from "../helpers/records.js";

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 3 });
const ANSI = /\u001b\[[0-9;]*m/g;
// Display width as the timeline promises it: one column per code point.
const width = (line: string) => Array.from(line.replace(ANSI, "")).length;

function thread(id: number, name: string, begin: number, end: number | null, sleeps: Array<[number, number]> = [], learner = true): ProbeEvent[] {
  const events: ProbeEvent[] = [
    { event: "thread", t: begin, n: id, name, api: "Thread", target: null, args: [], nums: [], daemon: false, learner, site: null },
    { event: "run", t: begin + 0.0001, n: id, phase: "begin" },
  ];
  for (const [a, b] of sleeps) events.push({ event: "sleep", t: b, th: id, kind: "time", secs: b - a, b: a, e: b, learner: true });
  if (end !== null) events.push({ event: "run", t: end, n: id, phase: "end" });
  return events;
}

function mainSleep(a: number, b: number): ProbeEvent {
  return { event: "sleep", t: b, th: 0, kind: "time", secs: b - a, b: a, e: b, learner: true };
}

function process(t: number, target: string | null, name: string, child: number, learner: boolean): ProbeEvent {
  return { event: "process", t, api: learner ? "Process" : "other", target, name, child, method: "fork", args: [], learner, site: null };
}

function task(t: number, n: number, coro: string, learner: boolean): ProbeEvent {
  return { event: "task", t, n, coro, args: [], nums: [], learner, site: null };
}

// ejercicio2's reference solution: three downloads of 3, 5 and 2 s that overlap.
function downloads(): RunRecord {
  return record(
    [
      ["Iniciando descarga de Archivo 1", 0.04],
      ["Iniciando descarga de Archivo 2", 0.041],
      ["Iniciando descarga de Archivo 3", 0.042],
      ["Archivo 3 descargado en 2 segundos", 2.04],
      ["Archivo 1 descargado en 3 segundos", 3.04],
      ["Archivo 2 descargado en 5 segundos", 5.04],
      ["Todas las descargas completadas en 5.00 segundos", 5.045],
    ],
    {
      programSeconds: 5.06,
      events: [
        ...thread(1, "Thread-1 (descargar)", 0.04, 3.041, [[0.0402, 3.04]]),
        ...thread(2, "Thread-2 (descargar)", 0.041, 5.041, [[0.0412, 5.04]]),
        ...thread(3, "Thread-3 (descargar)", 0.042, 2.041, [[0.0422, 2.04]]),
      ],
    },
  );
}

function manyThreads(n: number, seconds: number): RunRecord {
  const events: ProbeEvent[] = [];
  for (let i = 0; i < n; i++) {
    const begin = (seconds * 0.6 * i) / n;
    events.push(...thread(i + 1, `Worker-${i + 1} con un nombre bastante largo`, begin, begin + seconds / 3, [[begin + 0.001, begin + seconds / 6]]));
  }
  const lines: Array<[string, number]> = Array.from({ length: 30 }, (_, i) => [`línea ${i + 1} ${"x".repeat(i * 7)}`, (seconds * i) / 30]);
  return record(lines, { programSeconds: seconds, events });
}

describe("timelineOf: lanes from the probe's events", () => {
  test("one lane per learner thread, named by the thread, spanning thread-run begin to end, with its sleeps", () => {
    const r = downloads();
    r.events.push(...thread(9, "pytutor-helper", 0.01, 0.02, [], false));
    const tl = timelineOf(r);
    expect(tl.lanes.map((l) => [l.kind, l.name])).toEqual([
      ["thread", "Thread-1 (descargar)"],
      ["thread", "Thread-2 (descargar)"],
      ["thread", "Thread-3 (descargar)"],
    ]);
    expect(tl.lanes[1]?.spans[0]?.[0]).toBeCloseTo(0.0411, 6);
    expect(tl.lanes[1]?.spans[0]?.[1]).toBe(5.041);
    expect(tl.lanes[1]?.sleeps).toEqual([[0.0412, 5.04]]);
    expect(tl.lanes.every((l) => l.endKnown)).toBe(true);
    expect(tl.marks.map((m) => m.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(tl.duration).toBeCloseTo(5.06);
  });

  test("a thread still running at the end lasts until the run's end; lanes are in order of start", () => {
    const r = record([], { programSeconds: 4, events: [...thread(1, "tarde", 2, null), ...thread(2, "pronto", 1, 1.5)] });
    const tl = timelineOf(r);
    expect(tl.lanes.map((l) => [l.name, l.spans])).toEqual([
      ["pronto", [[1.0001, 1.5]]],
      ["tarde", [[2.0001, 4]]],
    ]);
  });

  test("two threads of the same name: each sleep goes to the one alive at the time", () => {
    const r = record([], { programSeconds: 3, events: [...thread(1, "w", 0, 1, [[0.1, 0.9]]), ...thread(2, "w", 1.5, 2.5, [[1.6, 2.4]])] });
    const tl = timelineOf(r);
    expect(tl.lanes.map((l) => l.sleeps)).toEqual([[[0.1, 0.9]], [[1.6, 2.4]]]);
  });

  test("the main thread's sleeps are a lane of their own, first", () => {
    const r = record(["a"], {
      programSeconds: 10,
      events: [mainSleep(0.01, 3.01), ...thread(1, "T", 0.5, 1), mainSleep(3.02, 8.02)],
    });
    const tl = timelineOf(r);
    expect(tl.lanes.map((l) => [l.kind, l.name, l.spans])).toEqual([
      ["sleep", "MainThread", [[0.01, 3.01], [3.02, 8.02]]],
      ["thread", "T", [[0.5001, 1]]],
    ]);
  });

  test("a learner process lasts until the run's end (its end is unknown), named with its target", () => {
    const r = record([], {
      programSeconds: 2,
      events: [
        process(0.3, "trabajar", "Process-1", 123, true),
        process(0.4, null, "SyncManager-2", 124, false),
      ],
    });
    const tl = timelineOf(r);
    expect(tl.lanes).toEqual([{ kind: "process", name: "Process-1 (trabajar)", spans: [[0.3, 2]], sleeps: [], waits: [], endKnown: false }]);
  });

  test("asyncio tasks: from task-create to task-done, named by their coroutine, numbered when repeated", () => {
    const r = record([], {
      programSeconds: 3,
      events: [
        task(0.1, 1, "main", true),
        task(0.2, 2, "descargar", true),
        task(0.2, 3, "descargar", true),
        task(0.25, 4, "_run_until_complete_cb", false),
        { event: "task-done", t: 1.2, n: 3 },
        { event: "task-done", t: 2.2, n: 2 },
        { event: "task-done", t: 2.3, n: 1 },
      ],
    });
    const tl = timelineOf(r);
    expect(tl.lanes.map((l) => [l.kind, l.name, l.spans])).toEqual([
      ["task", "main", [[0.1, 2.3]]],
      ["task", "descargar #1", [[0.2, 2.2]]],
      ["task", "descargar #2", [[0.2, 1.2]]],
    ]);
  });

  test("a program without threads has no lanes, only the output's marks; a run with no probe too", () => {
    expect(timelineOf(record(["hola"], { programSeconds: 0.01 }))).toEqual({ duration: 0.01, lanes: [], marks: [{ line: 1, t: 0.01, text: "hola" }] });
    expect(timelineOf(record([], { programSeconds: 0, probe: { state: "missing" } })).duration).toBeGreaterThan(0);
  });
});

// Records as CPython 3.8.18 reported them (the probe's events, `o` aside).
const OK = { state: "ok" as const, version: "3.8.18", gil: true, cpus: 2 };
function real(lines: Array<[string, number]>, programSeconds: number, events: ProbeEvent[]): RunRecord {
  return record(lines, { programSeconds, events, probe: OK });
}

// Two tasks in asyncio.sleep(1) under asyncio.gather, in main().
function gatherSleeps(): RunRecord {
  return real([["empieza 1", 0.0823], ["empieza 2", 0.0824], ["termina 1", 1.0843], ["termina 2", 1.0901]], 1.091239, [
    { event: "task", t: 0.079087, n: 1, coro: "main", args: [], nums: [], learner: true, site: "aio.py:8", by: 0, byTask: null },
    { event: "task", t: 0.081976, n: 2, coro: "tarea", args: ["1"], nums: [1], learner: true, site: "aio.py:7", by: 0, byTask: 1 },
    { event: "task", t: 0.082142, n: 3, coro: "tarea", args: ["2"], nums: [2], learner: true, site: "aio.py:7", by: 0, byTask: 1 },
    { event: "sleep", t: 1.084254, th: 0, tk: 2, kind: "asyncio", secs: 1, b: 0.082341, e: 1.084227, learner: true },
    { event: "sleep", t: 1.090011, th: 0, tk: 3, kind: "asyncio", secs: 1, b: 0.082473, e: 1.090005, learner: true },
    { event: "task-done", t: 1.09018, n: 2 },
    { event: "task-done", t: 1.090245, n: 3 },
    { event: "wait", t: 1.09035, th: 0, tk: 1, kind: "future", b: 0.082173, e: 1.090277 },
    { event: "task-done", t: 1.090427, n: 1 },
    { event: "end", t: 1.091239 },
  ]);
}

// A thread blocked in threading.Event().wait() for 1 s, then a 0.5 s busy loop in the main thread.
function eventWait(): RunRecord {
  return real([["espero", 0.033], ["listo", 1.0395], ["fin", 1.54]], 1.540475, [
    { event: "thread", t: 0.026368, n: 1, name: "Thread-1", api: "Thread", target: "espera", args: [], nums: [], daemon: false, learner: true, site: "ev.py:8", by: 0, byTask: null },
    { event: "run", t: 0.032184, n: 1, phase: "begin", native: 6391 },
    { event: "sleep", t: 1.03634, th: 0, kind: "time", secs: 1, b: 0.032567, e: 1.036297, learner: true },
    { event: "wait", t: 1.039476, th: 1, kind: "event", b: 0.03452, e: 1.039463 },
    { event: "run", t: 1.039715, n: 1, phase: "end", name: "Thread-1" },
    { event: "join", t: 1.039898, th: 0, target: 1, done: true },
    { event: "end", t: 1.540475 },
  ]);
}

// Three 0.2 s jobs on a pool of two threads (the third job runs on the first thread).
function pool(): RunRecord {
  const worker = (n: number, t: number): ProbeEvent => ({
    event: "thread", t, n, name: `ThreadPoolExecutor-0_${n - 3}`, api: "ThreadPoolExecutor", target: "_worker", args: [], nums: [], daemon: true, learner: true, site: "q.py:19", by: 0, byTask: null,
  });
  const job = (n: number, t: number): ProbeEvent => ({ event: "job", t, n, exec: "thread", fn: "job", args: [String(n - 1)], nums: [n - 1], learner: true, site: "q.py:20", by: 0, byTask: null });
  return real([], 1.6, [
    job(1, 1.109),
    worker(3, 1.110121),
    { event: "run", t: 1.1105, n: 3, phase: "begin" },
    { event: "job-run", t: 1.1155, n: 1, phase: "begin", th: 3 },
    job(2, 1.115),
    worker(4, 1.115873),
    { event: "run", t: 1.1162, n: 4, phase: "begin" },
    { event: "job-run", t: 1.1212, n: 2, phase: "begin", th: 4 },
    job(3, 1.1213),
    { event: "sleep", t: 1.322166, th: 4, jb: 2, kind: "time", secs: 0.2, b: 1.121341, e: 1.322129, learner: true },
    { event: "job-run", t: 1.3222, n: 2, phase: "end", th: 4 },
    { event: "sleep", t: 1.3231, th: 3, jb: 1, kind: "time", secs: 0.2, b: 1.115675, e: 1.323076, learner: true },
    { event: "job-run", t: 1.3232, n: 1, phase: "end", th: 3 },
    { event: "job-run", t: 1.3233, n: 3, phase: "begin", th: 3 },
    { event: "wait", t: 1.326702, th: 0, kind: "future", b: 1.121715, e: 1.326685 },
    { event: "sleep", t: 1.523443, th: 3, jb: 3, kind: "time", secs: 0.2, b: 1.3234, e: 1.523385, learner: true },
    { event: "job-run", t: 1.5235, n: 3, phase: "end", th: 3 },
    { event: "wait", t: 1.526641, th: 0, kind: "future", b: 1.327149, e: 1.526628 },
    { event: "run", t: 1.5276, n: 3, phase: "end" },
    { event: "join", t: 1.527777, th: 0, target: 3, done: true },
    { event: "run", t: 1.5278, n: 4, phase: "end" },
    { event: "join", t: 1.527923, th: 0, target: 4, done: true },
    { event: "end", t: 1.6 },
  ]);
}

describe("timelineOf and renderTimeline: running, sleeping, waiting (records from CPython 3.8)", () => {
  test("tasks in asyncio.sleep are asleep; the task awaiting asyncio.gather waits", () => {
    const tl = timelineOf(gatherSleeps());
    expect(tl.lanes.map((l) => [l.name, l.sleeps.length, l.waits])).toEqual([
      ["main", 0, [[0.082173, 1.090277]]],
      ["tarea #1", 1, []],
      ["tarea #2", 1, []],
    ]);
    const lines = renderTimeline(tl, 80, "es", plain).split("\n");
    const bar = (name: string) => (lines.find((l) => l.startsWith(name)) ?? "").slice(9).trim();
    expect(bar("tarea #1")).toMatch(/^─+$/);
    expect(bar("tarea #2")).toMatch(/^─+$/);
    // A first column of its own start-up at most; then waiting.
    expect(bar("main")).toMatch(/^█?╌{60,}$/);
  });

  test("a thread blocked in Event.wait waits; the main thread sleeps, then computes", () => {
    const tl = timelineOf(eventWait());
    expect(tl.lanes.map((l) => [l.kind, l.name, l.waits])).toEqual([
      ["sleep", "MainThread", []],
      ["thread", "Thread-1", [[0.03452, 1.039463]]],
    ]);
    const lines = renderTimeline(tl, 80, "en", plain).split("\n");
    const label = lines.findIndex((l) => l.startsWith("main thread"));
    const start = (lines[label] ?? "").indexOf("─") - 1;
    const bar = (line: string | undefined) => (line ?? "").slice(start);
    // The main thread: asleep for 1 s of 1.54, then busy to the end.
    expect(bar(lines[label])).toMatch(/^█{0,2}─{38,48}█{15,26}$/);
    expect(bar(lines.find((l) => l.startsWith("Thread-1")))).toMatch(/^ {0,2}╌{38,48}$/);
  });

  test("a pool thread runs its jobs (asleep when they sleep) and waits for work between them", () => {
    const tl = timelineOf(pool());
    const lane = (name: string) => tl.lanes.find((l) => l.name === name);
    expect(lane("ThreadPoolExecutor-0_0")?.sleeps).toEqual([[1.115675, 1.323076], [1.3234, 1.523385]]);
    expect(lane("ThreadPoolExecutor-0_1")?.sleeps).toEqual([[1.121341, 1.322129]]);
    // Before its first job, after its last: waiting for work.
    expect(lane("ThreadPoolExecutor-0_1")?.waits.map(([a, b]) => [a, b])).toEqual([[1.1162, 1.1212], [1.3222, 1.5278]]);
    expect(tl.lanes[0]).toMatchObject({ kind: "sleep", name: "MainThread", waits: [[1.121715, 1.326685], [1.327149, 1.526628]] });
    const text = renderTimeline(tl, 80, "en", plain);
    const bar = (name: string) => (text.split("\n").find((l) => l.startsWith(name)) ?? "").slice(23).trim();
    expect(bar("ThreadPoolExecutor-0_1")).toMatch(/^[╌─]?─{5,}╌{5,}$/);
    expect(bar("ThreadPoolExecutor-0_0")).not.toContain("█".repeat(3));
  });

  test("wait events change no fact of the model: grading sees the same workers, waits and end", () => {
    for (const r of [gatherSleeps(), eventWait(), pool()]) {
      const without = { ...r, events: r.events.filter((e) => e.event !== "wait") };
      const a = modelOf(r);
      const b = modelOf(without);
      expect(a.until).toBe(b.until);
      expect([...a.workers.values()]).toEqual([...b.workers.values()]);
      expect(a.waits).toEqual(b.waits);
    }
  });

  test("capTimeline keeps the waits, to the millisecond", () => {
    const { lanes } = capTimeline(timelineOf(gatherSleeps()), 10, 10);
    expect(lanes[0]?.waits).toEqual([[0.082, 1.09]]);
  });
});

describe("capTimeline and mergeSpans", () => {
  test("spans beyond the cap merge across the shortest gaps", () => {
    expect(mergeSpans([[0, 1], [1.1, 2], [5, 6], [6.5, 7]], 2)).toEqual([[0, 2], [5, 7]]);
    expect(mergeSpans([[5, 6], [0, 1]], 3)).toEqual([[0, 1], [5, 6]]);
    expect(mergeSpans([[0, 1]], 0)).toEqual([]);
  });

  test("lanes and spans capped, times to the millisecond, the rest counted", () => {
    const r = manyThreads(40, 30);
    const many: Array<[number, number]> = Array.from({ length: 120 }, (_, i) => [i * 0.1, i * 0.1 + 0.05]);
    r.events.push(...many.map(([a, b]) => mainSleep(a, b)));
    const { lanes, omitted } = capTimeline(timelineOf(r), 30, 50);
    expect(lanes).toHaveLength(30);
    expect(omitted).toBe(11);
    expect(lanes[0]?.spans).toHaveLength(50);
    const millis = (n: number) => Math.abs(n * 1000 - Math.round(n * 1000)) < 1e-6;
    for (const lane of lanes) for (const [a, b] of [...lane.spans, ...lane.sleeps]) expect(millis(a) && millis(b)).toBe(true);
  });
});

describe("renderTimeline", () => {
  const cases: Array<[string, RunRecord]> = [
    ["0 lanes, 0.01 s", record(["hola"], { programSeconds: 0.01 })],
    ["0 lanes, no output", record([], { programSeconds: 0.5 })],
    ["3 threads, 5 s", downloads()],
    ["50 threads, 30 s", manyThreads(50, 30)],
    ["50 threads, 0.01 s", manyThreads(50, 0.01)],
    ["a process and the main thread's sleeps, 30 s", record(["x"], {
      programSeconds: 30,
      events: [mainSleep(0, 29), process(1, "f", "Process-1", 5, true)],
    })],
  ];

  test.each(cases)("%s: never wider than 40, 80 or 200 columns, in colour or not, in either language", (_name, r) => {
    const tl = timelineOf(r);
    for (const w of [40, 80, 200]) {
      for (const lang of ["es", "en"] as const) {
        for (const c of [plain, colour]) {
          const lines = renderTimeline(tl, w, lang, c).split("\n");
          const wide = lines.filter((l) => width(l) > w);
          expect(wide, `width ${w}`).toEqual([]);
        }
      }
    }
  });

  test("without colour (NO_COLOR) there is no escape code; with colour there is", () => {
    const tl = timelineOf(downloads());
    expect(renderTimeline(tl, 80, "es", plain)).not.toContain("\u001b");
    expect(renderTimeline(tl, 80, "es", colour)).toMatch(ANSI);
    expect(renderTimeline(tl, 80, "es", colour).replace(ANSI, "")).toBe(renderTimeline(tl, 80, "es", plain));
  });

  test("the three downloads at 80 columns: an axis in seconds, a lane each, the output's marks numbered, not their text", () => {
    const text = renderTimeline(timelineOf(downloads()), 80, "es", plain);
    const lines = text.split("\n");
    expect(lines[0]).toBe("Línea de tiempo (5.06 s)");
    // The key, on one line under the drawing.
    const key = lines.findIndex((l) => l.startsWith("█ ejecuta"));
    expect(lines[key]).toBe("█ ejecuta  ─ duerme  ╌ espera cerrojo/cola/futuro/evento/join  ▲ imprime");
    expect(key).toBeGreaterThan(lines.findIndex((l) => l.startsWith("salida")));
    const axisLabels = lines.find((l) => l.trimStart().startsWith("0s")) ?? "";
    for (const s of ["0s", "1s", "2s", "3s", "4s", "5s"]) expect(axisLabels).toContain(s);
    expect(lines.find((l) => l.trimStart().startsWith("├"))).toMatch(/^ +├[─┼]+[┼┤]$/);
    const lane = (name: string) => lines.find((l) => l.startsWith(name)) ?? "";
    const bar = (name: string) => lane(name).slice(21);
    // Asleep from the start until its end, then blank: 2 s of 5.06 are ~40 % of the bar.
    expect(bar("Thread-3 (descargar)")).toMatch(/^─{20,26}$/);
    expect(bar("Thread-1 (descargar)")).toMatch(/^─{32,38}$/);
    expect(bar("Thread-2 (descargar)")).toMatch(/^─{57,59}$/);
    expect(lane("salida")).toMatch(/^salida +▲ +▲ +▲ +▲$/);
    const numbers = lines[lines.indexOf(lane("salida")) + 1] ?? "";
    expect(numbers.trim().split(/ +/)).toEqual(["1-3", "4", "5", "6-7"]);
    // The report above lists the output: no line's text again here.
    for (const line of downloads().stdout) expect(text).not.toContain(line.text);
    expect(text).not.toContain("El programa no creó hilos");
  });

  test("a thread that computes is █, one that sleeps ─, one that waits ╌, blank before it starts and after it ends", () => {
    const r = record([], {
      programSeconds: 4,
      events: [...thread(1, "T", 1, 3, [[1.5, 2]]), { event: "wait", t: 2.5, th: 1, kind: "lock", b: 2, e: 2.5 }],
    });
    const text = renderTimeline(timelineOf(r), 40, "en", plain);
    const bar = (text.split("\n").find((l) => l.startsWith("T ")) ?? "").slice(7);
    expect(bar).toMatch(/^ {7,9}█{3,5}─{3,5}╌{3,5}█{3,5}$/);
    // The key: one line at 80 columns, wrapped between its items when narrower.
    expect(text).toContain("█ running  ─ sleeping\n╌ waiting on");
    expect(renderTimeline(timelineOf(r), 80, "en", plain)).toContain("\n█ running  ─ sleeping  ╌ waiting on lock/queue/future/event/join  ▲ printed\n");
  });

  test("a sleep shorter than a column still shows when nothing else took that column", () => {
    const r = record([], { programSeconds: 30, events: [...thread(1, "T", 10, 10.001, [[10, 10.001]])] });
    const text = renderTimeline(timelineOf(r), 80, "en", plain);
    const lane = text.split("\n").find((l) => l.startsWith("T ")) ?? "";
    expect(lane.match(/─/g)).toHaveLength(1);
  });

  test("0 lanes: the marks and a sentence saying why there is nothing else", () => {
    const text = renderTimeline(timelineOf(record(["hola", "adiós"], { programSeconds: 0.01 })), 40, "es", plain);
    expect(text).toContain("▲");
    expect(text).toContain("El programa no creó hilos,");
    expect(text).toMatch(/├─+┼/);
    expect(renderTimeline(timelineOf(record([], { programSeconds: 1 })), 40, "en", plain)).toContain("It printed nothing.");
  });

  test(`50 lanes: the first ${MAX_TERMINAL_LANES} and how many more`, () => {
    const text = renderTimeline(timelineOf(manyThreads(50, 30)), 80, "es", plain);
    expect(text.split("\n").filter((l) => l.startsWith("Worker-"))).toHaveLength(MAX_TERMINAL_LANES);
    expect(text).toContain(`… y ${50 - MAX_TERMINAL_LANES} carriles más (${50 - MAX_TERMINAL_LANES} hilos)`);
    expect(text).not.toContain("línea 1 ");
    // Labels cut with an ellipsis to at most 30 % of the width.
    expect(text).toContain("Worker-1 con un nombre … ");
  });

  test("processes say their end is unknown; the main thread's sleeps are named in the learner's language", () => {
    const r = record([], {
      programSeconds: 3,
      events: [mainSleep(0, 1), process(0.5, "f", "Process-1", 5, true)],
    });
    const es = renderTimeline(timelineOf(r), 80, "es", plain);
    expect(es).toContain("hilo principal");
    expect(es).toContain("pytutor ve cuándo empiezan, no cuándo terminan");
    expect(es.split("\n").find((l) => l.startsWith("Process-1 (f)"))).toMatch(/█+$/);
    expect(renderTimeline(timelineOf(r), 80, "en", plain)).toContain("main thread");
  });

  test("names and output cannot smuggle escape codes or line breaks into the terminal", () => {
    const r = record(["\u001b[2Jborrado\r"], { programSeconds: 1, events: [...thread(1, "\u001b[31mrojo\nT", 0, 1)] });
    const text = renderTimeline(timelineOf(r), 80, "en", plain);
    expect(text).not.toContain("\u001b");
    expect(text).toContain("\\x1b[31mrojo⏎T");
    // The output's text is the report's to show, not the timeline's.
    expect(text).not.toContain("borrado");
  });

  test("a width below 40 is taken as 40; NaN as 80", () => {
    const tl = timelineOf(downloads());
    expect(Math.max(...renderTimeline(tl, 10, "es", plain).split("\n").map(width))).toBe(40);
    expect(Math.max(...renderTimeline(tl, Number.NaN, "es", plain).split("\n").map(width))).toBe(80);
  });
});

describe("the timeline in documents", () => {
  const grade: GradeResult = { verdict: "pass", checks: [], passed: true, score: 1, points: { earned: 0, total: 0 }, notes: [], retry: false };
  const outcome = (r: RunRecord) => ({ record: r, result: grade, attempts: 1 }) as unknown as CheckOutcome;
  const id = { student: "ana", exercise: "ejercicio2", shown: "ana/ejercicio2.py", sha256: "0".repeat(64) };

  test("check --json --timeline: lanes in seconds, the marks by line number", () => {
    const doc = timelineJson(outcome(downloads()));
    expect(doc.seconds).toBe(5.06);
    expect(doc.lanes.map((l) => l.name)).toEqual(["Thread-1 (descargar)", "Thread-2 (descargar)", "Thread-3 (descargar)"]);
    expect(doc.lanes[0]).toEqual({ kind: "thread", name: "Thread-1 (descargar)", spans: [[0.04, 3.041]], sleeps: [[0.04, 3.04]], waits: [], endKnown: true });
    expect(doc.lanesOmitted).toBe(0);
    expect(doc.marks[3]).toEqual({ line: 4, t: 2.04 });
  });

  test("a batch submission carries the lanes, capped, and they validate; a program without lanes has none", () => {
    const s = fromOutcome(id, outcome(manyThreads(50, 30)), "2025-03-14T10:20:00.000Z");
    expect(s.timeline?.lanes).toHaveLength(TIMELINE_LANES);
    expect(s.timeline?.omitted).toBe(50 - TIMELINE_LANES);
    expect(s.timeline?.lanes[0]).toMatchObject({ kind: "thread", name: "Worker-1 con un nombre bastante largo", spans: [[0, 10]], sleeps: [[0.001, 5]] });
    expect(SubmissionSchema.safeParse(s).success).toBe(true);
    expect(SubmissionSchema.parse(s).timeline).toEqual(s.timeline);

    const main = fromOutcome(id, outcome(record([], { programSeconds: 1, events: [mainSleep(0, 0.5)] })), "2025-03-14T10:20:00.000Z");
    expect(main.timeline).toEqual({ lanes: [{ kind: "sleep", name: "MainThread", spans: [[0, 0.5]] }] });
    expect(fromOutcome(id, outcome(record(["hola"])), "2025-03-14T10:20:00.000Z").timeline).toBeUndefined();
  });

  test("the schema refuses a timeline over the caps or with a span that ends before it begins", () => {
    const s = fromOutcome(id, outcome(downloads()), "2025-03-14T10:20:00.000Z");
    const lane = { kind: "thread" as const, name: "T", spans: [[0, 1]] as Array<[number, number]> };
    const tooManyLanes = { ...s, timeline: { lanes: Array.from({ length: TIMELINE_LANES + 1 }, () => lane) } };
    const tooManySpans = { ...s, timeline: { lanes: [{ ...lane, spans: Array.from({ length: TIMELINE_SPANS + 1 }, (): [number, number] => [0, 1]) }] } };
    const backwards = { ...s, timeline: { lanes: [{ ...lane, spans: [[2, 1]] }] } };
    for (const bad of [tooManyLanes, tooManySpans, backwards]) expect(SubmissionSchema.safeParse(bad).success).toBe(false);
  });
});
