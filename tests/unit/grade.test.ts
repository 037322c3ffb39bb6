// The pure grading layer on synthetic records: each matcher with the nasty cases.
import { describe, expect, test } from "vitest";
import { grade } from "../../src/grade/grade.js";
import { deriveFacts } from "../../src/grade/facts.js";
import { confirmFromOutside, longOverlap } from "../../src/grade/outside.js";
import { durationWindow } from "../../src/grade/run-checks.js";
import { SpecSchema, type Spec } from "../../src/catalog/schema.js";
import type { RunRecord } from "../../src/runner/record.js";
import type { ProbeEvent } from "../../src/runner/probe-events.js";
import { record } from "../helpers/records.js";

const T = { es: "x", en: "x" };

function spec(checks: unknown[], patterns: Record<string, unknown> = {}, workers: Record<string, unknown> = {}): Spec {
  return SpecSchema.parse({
    format: 1, id: "ejercicio1", alias: "prueba", order: 1, title: T, concept: T, difficulty: "basica",
    file: "ejercicio1.py", statement: { es: "a.md", en: "b.md" }, starter: "s.py", solution: "s.py",
    hints: [T], patterns, workers, checks: checks.map((c, i) => ({ id: `c${i}`, title: T, ...(c as object) })),
  });
}

function status(s: Spec, r: RunRecord): string[] {
  return grade(s, r).checks.map((c) => c.status);
}

const downloads = {
  inicio: { regex: "inici", item: "archivo (?<item>\\d+)" },
  fin: { regex: "descargad", item: "archivo (?<item>\\d+)" },
  resumen: { regex: "todas" },
};

describe("output matchers", () => {
  test.each<[string, unknown, string[], string]>([
    ["line present", { type: "line", match: { contains: "hola" } }, ["Hola mundo"], "pass"],
    ["line absent", { type: "line", match: { contains: "adiós" } }, ["Hola mundo"], "fail"],
    ["line count max", { type: "line", match: { contains: "x" }, count: { max: 1 } }, ["x", "x"], "fail"],
    ["line on empty output", { type: "line", match: { contains: "x" } }, [], "fail"],
    ["unordered block", { type: "lines", match: [{ exact: "b" }, { exact: "a" }] }, ["a", "b"], "pass"],
    ["ordered block wrong order", { type: "lines", ordered: true, match: [{ exact: "b" }, { exact: "a" }] }, ["a", "b"], "fail"],
    ["block needs distinct lines", { type: "lines", match: [{ contains: "a" }, { contains: "a" }] }, ["a"], "fail"],
    ["last line, blank lines after ignored", { type: "last", match: { contains: "fin" } }, ["x", "fin", "", "  "], "pass"],
    ["last line wrong", { type: "last", match: { contains: "fin" } }, ["fin", "x"], "fail"],
    ["int tuple ×2", { type: "shape", shape: "int-tuple", length: 3, count: { min: 2 } }, ["(1, 2, 3)", "antes (700,10, 0) ok"], "pass"],
    ["int tuple wrong length", { type: "shape", shape: "int-tuple", length: 3 }, ["(1, 2)"], "fail"],
    ["number equals with tolerance", { type: "number", match: { contains: "total" }, equals: 5, tolerance: 0.1 }, ["Total: 5,05 s"], "pass"],
    ["number out of tolerance", { type: "number", match: { contains: "total" }, equals: 5, tolerance: 0.01 }, ["Total: 5.05"], "fail"],
    ["number only if shown: no such line", { type: "number", match: { contains: "total" }, equals: 5, ifShown: true }, ["Hecho"], "skipped"],
    ["number only if shown: a wrong one", { type: "number", match: { contains: "total" }, equals: 5, ifShown: true }, ["Total: 7"], "fail"],
    ["number only if shown: a right one", { type: "number", match: { contains: "total" }, equals: 5, ifShown: true }, ["Total: 5"], "pass"],
    ["number min/max", { type: "number", match: { regex: "tard[oó] (?<value>\\d+(?:\\.\\d+)?)" }, min: 4, max: 6 }, ["Tardó 5.2 s en 3 hilos"], "pass"],
  ])("%s", (_name, check, lines, expected) => {
    expect(status(spec([check]), record(lines))).toEqual([expected]);
  });

  test("a line that must not appear (count max 0): the expectation says none, and the failure shows the first line that does", () => {
    const s = spec([{ type: "line", match: { regex: "\\d\\s*segundos" }, count: { min: 0, max: 0 } }]);
    expect(status(s, record(["Todas completadas"]))).toEqual(["pass"]);
    const failed = grade(s, record(["Inicio", "Total: 5.00 segundos", "Otra 3 segundos"])).checks[0];
    expect(failed?.expected?.es).toMatch(/^ninguna: /u);
    expect(failed?.expected?.en).toMatch(/^none: /u);
    expect(failed?.actual?.es).toBe("2 línea(s); la primera, la 2: «Total: 5.00 segundos»");
    expect(failed?.actual?.en).toBe("2 line(s); the first, line 2: «Total: 5.00 segundos»");
  });

  test("pairs: every item starts and later ends", () => {
    const s = spec([{ type: "pairs", start: "inicio", end: "fin", items: ["1", "2"] }], downloads);
    expect(status(s, record(["Inicio archivo 1", "Inicio archivo 2", "Archivo 2 descargado", "Archivo 1 descargado"]))).toEqual(["pass"]);
    expect(status(s, record(["Inicio archivo 1", "Inicio archivo 2", "Archivo 1 descargado"]))).toEqual(["fail"]);
    expect(status(s, record(["Archivo 1 descargado", "Inicio archivo 1", "Inicio archivo 2", "Archivo 2 descargado"]))).toEqual(["fail"]);
  });

  test("order: all starts before any end; first before first; same item", () => {
    const lines = ["Inicio archivo 1", "Archivo 1 descargado", "Inicio archivo 2", "Archivo 2 descargado"];
    const modes = ["all-before-any", "first-before-first", "same-item"].map((mode) => ({ type: "order", before: "inicio", after: "fin", mode }));
    expect(status(spec(modes, downloads), record(lines))).toEqual(["fail", "pass", "pass"]);
  });

  test("item order follows first appearance, ignoring others", () => {
    const s = spec([{ type: "item-order", match: "fin", items: ["3", "1", "2"] }], downloads);
    expect(status(s, record(["Archivo 3 descargado", "Archivo 1 descargado", "Archivo 9 descargado", "Archivo 2 descargado"]))).toEqual(["pass"]);
    expect(status(s, record(["Archivo 1 descargado", "Archivo 3 descargado", "Archivo 2 descargado"]))).toEqual(["fail"]);
    expect(status(s, record(["Archivo 3 descargado", "Archivo 1 descargado"]))).toEqual(["fail"]);
  });

  test("lines printed by the program's own process: a child's line does not count, and the failure says who printed it", () => {
    const s = spec([{ type: "lines", process: "main", match: [{ contains: "9592" }, { contains: "5133" }] }, { type: "lines", match: [{ contains: "9592" }, { contains: "5133" }] }]);
    const child = { thread: 0, pid: 4242 };
    // Printed in the worker process: only the check that asks for any process passes.
    const inWorker = record([["Primos menores que 100000: 9592", 0.5, child], ["Primos menores que 50000: 5133", 0.6]]);
    const r = grade(s, inWorker).checks;
    expect(r.map((c) => c.status)).toEqual(["fail", "pass"]);
    expect(r[0]?.actual?.en).toBe("line 1 («Primos menores que 100000: 9592») was printed by a child process, not by your main program");
    expect(r[0]?.lines).toEqual([1, 2]);
    // A child that also logs its result, and the main program printing it: both pass.
    const logged = record([["contado 9592", 0.4, child], "Primos menores que 100000: 9592", "Primos menores que 50000: 5133"]);
    expect(status(s, logged)).toEqual(["pass", "pass"]);
    // A line whose writer the probe could not see counts as the program's own.
    const raw = record(["Primos menores que 100000: 9592", "Primos menores que 50000: 5133"]);
    raw.stdout = raw.stdout.map(({ writer: _, ...l }) => ({ ...l, source: "stdout" as const }));
    expect(status(s, raw)).toEqual(["pass", "pass"]);
    // A missing line that no child printed either is reported as missing.
    expect(grade(s, record(["Primos menores que 100000: 9592"])).checks[0]?.actual?.en).toBe("missing: a line that contains «5133»");
  });
});

describe("time", () => {
  test.each<[string, number[], "concurrent" | "sequential", number, number]>([
    ["three downloads, concurrent", [3, 5, 2], "concurrent", 4.8, 7.5],
    ["three downloads, sequential", [3, 5, 2], "sequential", 9.65, 17],
    ["one task", [2], "concurrent", 1.89, 5],
  ])("window for %s", (_name, durations, expect_, min, max) => {
    const w = durationWindow({ type: "duration", id: "d", points: 1, advice: false, title: T, plan: { durations, expect: expect_ } });
    expect(w.min).toBeCloseTo(min, 1);
    expect(w.max).toBeCloseTo(max, 1);
  });

  test("duration uses the program's own clock; a timed-out run fails", () => {
    const s = spec([{ type: "duration", plan: { durations: [3, 5, 2], expect: "concurrent" } }]);
    expect(status(s, record([], { programSeconds: 5.1, wallSeconds: 6.9 }))).toEqual(["pass"]);
    expect(status(s, record([], { programSeconds: 10.1 }))).toEqual(["fail"]);
    expect(status(s, record([], { programSeconds: 0.2 }))).toEqual(["fail"]);
    // A stopped run: not evaluated (the verdict is fail for the run itself).
    expect(status(s, record([], { programSeconds: 5.1, timedOut: true, exitCode: null, signal: "SIGKILL" }))).toEqual(["skipped"]);
  });

  test("line times from the first start, with early and late tolerance", () => {
    const s = spec([{ type: "line-times", match: "fin", from: "inicio", anchor: "first", seconds: { "1": 3, "2": 5, "3": 2 } }], downloads);
    const at = (a: number, b: number, c: number): Array<[string, number]> => [
      ["Inicio archivo 1", 0.05], ["Inicio archivo 2", 0.06], ["Inicio archivo 3", 0.06],
      ["Archivo 3 descargado", c], ["Archivo 1 descargado", a], ["Archivo 2 descargado", b],
    ];
    expect(status(s, record(at(3.05, 5.06, 2.05)))).toEqual(["pass"]);
    expect(status(s, record(at(3.9, 5.9, 2.9)))).toEqual(["pass"]);
    expect(status(s, record(at(3.05, 8.05, 10.05)))).toEqual(["fail"]);
    expect(status(s, record(at(0.06, 0.06, 0.06)))).toEqual(["fail"]);
  });
});

describe("run checks and facts", () => {
  test("exit code: killed or timed-out programs fail", () => {
    const s = spec([{ type: "exit-code" }]);
    expect(status(s, record([]))).toEqual(["pass"]);
    expect(status(s, record([], { exitCode: 1 }))).toEqual(["fail"]);
    expect(status(s, record([], { exitCode: null, signal: "SIGKILL", timedOut: true }))).toEqual(["fail"]);
  });

  test("stderr clean, with ignorable warnings", () => {
    const s = spec([{ type: "stderr-clean", ignore: ["DeprecationWarning", "^\\s+asyncio\\.get_event_loop"] }]);
    expect(status(s, record([], { stderr: "x.py:3: DeprecationWarning: no current event loop\n  asyncio.get_event_loop()\n" }))).toEqual(["pass"]);
    expect(status(s, record([], { stderr: "Traceback (most recent call last):\nValueError\n" }))).toEqual(["fail"]);
  });

  test("facts come from probe events; a missing probe is undecided, never a pass", () => {
    const s = spec([{ type: "fact", expect: ["threads.started >= 2", "sleeps.maxOverlap >= 2"] }]);
    const events = (overlap: boolean): ProbeEvent[] => [
      thread(1), thread(2), ...run(1, 0, 1), ...run(2, 0, 2), sleep(1, 0, 1), sleep(2, overlap ? 0.5 : 1, 2),
    ];
    expect(status(s, record([], { events: events(true) }))).toEqual(["pass"]);
    expect(status(s, record([], { events: events(false) }))).toEqual(["fail"]);
    expect(status(s, record([], { events: [thread(1)] }))).toEqual(["fail"]);
    expect(status(s, record([], { probe: { state: "missing" } }))).toEqual(["undecided"]);
  });

  test("gc facts: only instances that were cyclic garbage are credited", () => {
    const s = spec(
      [{ type: "fact", expect: "gc.freed >= 2" }, { type: "number", match: { contains: "recolectados" }, inFact: "gc.returns" }],
    );
    const collect = (returned: number, freed: Record<string, number>, cyclic: Record<string, number>): ProbeEvent =>
      ({ event: "gc", t: 0, returned, tracked: 2, freed, cyclic, analysis: true, garbage: 0, ms: 1, site: null });
    expect(status(s, record(["Recolectados: 4"], { events: [collect(4, { Nodo: 2 }, { Nodo: 2 })] }))).toEqual(["pass", "pass"]);
    // Freed inside the collection, but by reference counting (a gc.callbacks hook emptied a list).
    expect(status(s, record(["Recolectados: 0"], { events: [collect(0, { Nodo: 2 }, {})] }))).toEqual(["fail", "pass"]);
    expect(status(s, record(["Recolectados: 2"], { events: [collect(4, {}, {})] }))).toEqual(["fail", "fail"]);
  });

  test("gc.maxReturned: the most one gc.collect() returned; unknown when it never returned a number", () => {
    const collect = (returned: number | null): ProbeEvent =>
      ({ event: "gc", t: 0, returned, tracked: 2, freed: {}, cyclic: {}, analysis: true, garbage: 0, ms: 1, site: null });
    expect(deriveFacts(record([], { events: [collect(0), collect(2)] })).numbers["gc.maxReturned"]).toBe(2);
    // A finalizer that saved its object (resurrection): the collection returns 0.
    expect(deriveFacts(record([], { events: [collect(0)] })).numbers["gc.maxReturned"]).toBe(0);
    expect(deriveFacts(record([], { events: [collect(null)] })).numbers["gc.maxReturned"]).toBeUndefined();
  });
});

// Probe events for synthetic runs: thread n started by the main thread, its run
// from a to b, a wait in it from a to b.
function thread(n: number, target = "descargar", args: string[] = []): ProbeEvent {
  return { event: "thread", t: 0, n, name: `Thread-${n}`, api: "Thread", target, args, nums: args.map(() => null), daemon: false, learner: true, site: "x.py:1", by: 0 };
}
function run(n: number, a: number, b: number | null): ProbeEvent[] {
  const begin: ProbeEvent = { event: "run", t: a, n, phase: "begin" };
  return b === null ? [begin] : [begin, { event: "run", t: b, n, phase: "end" }];
}
function sleep(n: number, a: number, b: number, secs: number | null = b - a): ProbeEvent {
  return { event: "sleep", t: b, th: n, kind: "time", secs, b: a, e: b, learner: true };
}
const W = (thread: number) => ({ thread });

describe("workers: found by what they did, judged by what each wrote", () => {
  const group = { descargas: { kinds: ["thread", "job"], waits: ["time.sleep"] } };
  const rules = ["count", "announce", "starts-before-ends", "ends-by-wait", "overlap"].map((rule) => ({ type: "workers", group: "descargas", rule, ...(rule === "count" ? { min: 3, max: 3 } : rule === "overlap" ? { min: 3 } : {}) }));
  const s = spec([...rules, { type: "final-line", writer: "main", after: "descargas" }], {}, group);
  const downloads = (waits: Array<[number, number]>): ProbeEvent[] =>
    waits.flatMap(([a, b], i) => [thread(i + 1, "descargar", [`'f${i + 1}'`, String(b - a)]), ...run(i + 1, a, b + 0.001), sleep(i + 1, a, b)]);
  const lines = (waits: Array<[number, number]>, summaryAt: number): Array<[string, number, { thread: number }]> => [
    ...waits.map(([a], i): [string, number, { thread: number }] => [`empieza ${i}`, a - 0.0005, W(i + 1)]),
    ...waits.map(([, b], i): [string, number, { thread: number }] => [`listo`, b + 0.0005, W(i + 1)]).sort((x, y) => x[1] - y[1]),
    ["fin", summaryAt, W(0)],
  ];

  test("three threads that wait at once and each announce: any wording, any names", () => {
    const waits: Array<[number, number]> = [[0.01, 3.01], [0.011, 5.011], [0.012, 2.012]];
    expect(status(s, record(lines(waits, 5.02), { events: downloads(waits), programSeconds: 5.03 }))).toEqual(["pass", "pass", "pass", "pass", "pass", "pass"]);
  });

  test("one after another: the waits never overlap", () => {
    const waits: Array<[number, number]> = [[0.01, 3.01], [3.02, 8.02], [8.03, 10.03]];
    const result = grade(s, record(lines(waits, 10.04), { events: downloads(waits), programSeconds: 10.05 }));
    expect(result.checks.find((c) => c.id === "c4")?.status).toBe("fail");
    expect(result.checks.find((c) => c.id === "c4")?.actual?.en).toBe("at most 1 at once");
  });

  test("the main thread printing every line while decoy threads sleep: nobody announces", () => {
    const waits: Array<[number, number]> = [[0.01, 0.21], [0.011, 0.211], [0.012, 0.212]];
    const mainLines: Array<[string, number, { thread: number }]> = [["Archivo 1 empieza", 0.3, W(0)], ["Archivo 1 listo", 3.3, W(0)], ["fin", 3.4, W(0)]];
    const result = grade(s, record(mainLines, { events: downloads(waits), programSeconds: 3.5 }));
    expect(result.checks.find((c) => c.id === "c1")?.status).toBe("fail");
    expect(result.checks.find((c) => c.id === "c1")?.actual?.en).toContain("printed nothing before waiting");
  });

  test("a wait cut as soon as it began: its start line is not also its end line, however fast the machine", () => {
    // Each worker announces, then its wait is cancelled within the same millisecond.
    const waits: Array<[number, number]> = [[0.01, 0.0102], [0.011, 0.0112], [0.012, 0.0122]];
    const starts: Array<[string, number, { thread: number }]> = waits.map(([a], i) => [`empieza ${i}`, a - 0.0001, W(i + 1)]);
    const result = grade(s, record(starts, { events: downloads(waits), programSeconds: 0.02 }));
    expect(result.checks.find((c) => c.id === "c1")?.status).toBe("fail");
    expect(result.checks.find((c) => c.id === "c1")?.actual?.en).toContain("printed nothing after its wait");
  });

  test("the summary before the workers ended, or written by a worker, is not the final line", () => {
    const waits: Array<[number, number]> = [[0.01, 3.01], [0.011, 5.011], [0.012, 2.012]];
    const starts = lines(waits, 0.02).filter(([text]) => text !== "listo");
    const early = grade(s, record(starts, { events: downloads(waits), programSeconds: 5.03 }));
    expect(early.checks.find((c) => c.id === "c5")?.actual?.en).toContain("came before");
    const byWorker = grade(s, record(lines(waits, 0.02).sort((a, b) => a[1] - b[1]), { events: downloads(waits), programSeconds: 5.03 }));
    expect(byWorker.checks.find((c) => c.id === "c5")?.actual?.en).toContain("not the main thread");
  });

  test("distinct: workers that printed the very same lines did the same work; lines that differ anywhere are enough", () => {
    const distinct = spec([{ type: "workers", group: "descargas", rule: "distinct" }], {}, group);
    const waits: Array<[number, number]> = [[0.01, 3.01], [0.011, 5.011], [0.012, 2.012]];
    // Different start lines, the same end line «listo»: three pieces of work.
    expect(status(distinct, record(lines(waits, 5.02), { events: downloads(waits), programSeconds: 5.03 }))).toEqual(["pass"]);
    // A lambda made in a loop: every thread downloads the last file (spacing aside, the same lines).
    const same: Array<[string, number, { thread: number }]> = waits.flatMap(([a, b], i): Array<[string, number, { thread: number }]> => [
      [i === 1 ? "Iniciando  descarga de Archivo 3" : "Iniciando descarga de Archivo 3", a - 0.0005, W(i + 1)],
      ["Archivo 3 listo", b + 0.0005, W(i + 1)],
    ]);
    const result = grade(distinct, record(same, { events: downloads(waits), programSeconds: 5.03 }));
    expect(result.checks[0]?.status).toBe("fail");
    expect(result.checks[0]?.actual?.en).toContain("printed the same lines, starting with «Iniciando");
    // Each line prefixed with the thread's own name (current_thread().name): still the same work.
    const named = same.map(([text, t, w]): [string, number, { thread: number }] => [`[Thread-${w.thread}] ${text}`, t, w]);
    expect(grade(distinct, record(named, { events: downloads(waits), programSeconds: 5.03 })).checks[0]?.status).toBe("fail");
  });

  test("prompt: a line late only because the machine was busy passes; one held back until another wait ended fails", () => {
    const prompt = spec([{ type: "workers", group: "descargas", rule: "prompt", max: 0.3 }], {}, group);
    const waits: Array<[number, number]> = [[0.01, 1.51], [0.011, 0.511], [0.012, 1.012]];
    // Each end line 0.4 s after its own wait, with no other wait ending in between.
    const busy: Array<[string, number, { thread: number }]> = waits.map(([, b], i): [string, number, { thread: number }] => ["listo", b + 0.4, W(i + 1)]);
    expect(status(prompt, record(busy, { events: downloads(waits), programSeconds: 1.95 }))).toEqual(["pass"]);
    // Every end line at 1.52 s: the first two waited for the last wait to end.
    const held: Array<[string, number, { thread: number }]> = waits.map((_, i): [string, number, { thread: number }] => ["listo", 1.52, W(i + 1)]);
    const result = grade(prompt, record(held, { events: downloads(waits), programSeconds: 1.6 }));
    expect(result.checks[0]?.status).toBe("fail");
    expect(result.checks[0]?.actual?.en).toContain("after another of the program's waits ended");
  });

  test("a wait cut short by the end of the program has no end line", () => {
    const events: ProbeEvent[] = [thread(1), ...run(1, 0.01, null), { ...sleep(1, 0.01, 0.05, 3), unfinished: true } as ProbeEvent];
    const result = grade(spec([rules[1]], {}, group), record([["empieza", 0.005, W(1)]], { events, programSeconds: 0.05 }));
    expect(result.checks[0]?.actual?.en).toContain("never finished its wait");
  });

  test("a timing-only failure on a starved machine is undecided, and asks for a retry", () => {
    const starvedWaits: Array<[number, number]> = [[0.01, 1.9], [1.91, 3.0], [3.01, 4.5]];
    const events = starvedWaits.flatMap(([a, b], i) => [thread(i + 1), ...run(i + 1, a, b), sleep(i + 1, a, b, 0.5)]);
    const result = grade(spec([rules[4]], {}, group), record(lines(starvedWaits, 4.6), { events, programSeconds: 4.7 }));
    expect(result.checks[0]?.status).toBe("undecided");
    expect(result.verdict).toBe("undecided");
    expect(result.retry).toBe(true);
    expect(result.notes.map((n) => n.kind)).toContain("starved");
  });
});

describe("blocked.*: what the program's threads blocked on", () => {
  test("each kind of blocking wait is counted apart; a run without waits has zero of each", () => {
    const wait = (th: number, kind: string, b: number, e: number) => ({ event: "wait", t: e, th, kind, b, e }) as unknown as ProbeEvent;
    const events = [wait(3, "semaphore", 0.01, 1.01), wait(4, "semaphore", 0.01, 1.02), wait(5, "semaphore", 0.02, 2.01), wait(0, "join", 0.02, 3.01), wait(2, "queue", 0.1, 0.2)];
    const facts = deriveFacts(record(["x"], { events })).numbers;
    expect([facts["blocked.semaphore"], facts["blocked.join"], facts["blocked.queue"], facts["blocked.event"], facts["blocked.future"]]).toEqual([3, 1, 1, 0, 0]);
    expect(deriveFacts(record(["x"])).numbers["blocked.semaphore"]).toBe(0);
  });
});

describe("elapsed: a printed duration held against the run's own clock", () => {
  const group = { descargas: { kinds: ["thread"], waits: ["time.sleep"] } };
  const s = spec([{ type: "elapsed", covers: ["descargas"] }], {}, group);
  // Three downloads waiting at once from 0.01 s to 3.01 s; the summary at 3.02 s.
  const waits: Array<[number, number]> = [[0.01, 1.01], [0.012, 3.01], [0.013, 2.013]];
  const events = waits.flatMap(([a, b], i) => [thread(i + 1), ...run(i + 1, a, b + 0.001), sleep(i + 1, a, b)]);
  const at = (summary: string, t = 3.02) => record([["Descargando", 0.005, W(0)], [summary, t, W(0)]], { events, programSeconds: t + 0.01 });

  test.each<[string, string]>([
    ["Todas terminadas en 3.01 segundos", "pass"],
    ["Total: 3 s (3 tandas de 1 s)", "pass"],
    ["Tiempo total: 3.0", "pass"],
    ["Done in 3005 ms", "pass"],
    ["Todas terminadas en 3,01 s", "pass"],
    // A timer read before the join()s, or started after the threads: too little.
    ["Todas terminadas en 0.01 segundos", "fail"],
    ["Todas terminadas en 2.00 s", "fail"],
    ["Tiempo: 2.1457672119140625e-06 segundos", "fail"],
    // The waits added up: more than had passed.
    ["Total: 6.01 s", "fail"],
    // Nothing that reads as a time: the check does not apply.
    ["Descargas completadas: 6", "skipped"],
    ["Listo", "skipped"],
  ])("%s → %s", (summary, expected) => {
    expect(status(s, at(summary))).toEqual([expected]);
  });

  test("the failure says which bound was missed, on the line it read", () => {
    const low = grade(s, at("Todas terminadas en 0.01 segundos")).checks[0];
    expect(low?.actual?.en).toContain("less than the work took");
    expect(low?.lines).toEqual([2]);
    expect(low?.expected?.es).toContain("entre 3.00 s (de 0.01 s a 3.01 s");
    const high = grade(s, at("Total: 6.01 s")).checks[0];
    expect(high?.actual?.es).toContain("más de lo que había pasado");
  });

  test("with a pattern, the last line it matches is read; a group that never waited leaves nothing to hold it against", () => {
    const withMatch = spec([{ type: "elapsed", match: { contains: "total" }, covers: ["descargas"] }], {}, group);
    const r = record([["Total: 3.02 s", 3.02, W(0)], ["Adiós", 3.03, W(0)]], { events, programSeconds: 3.04 });
    expect(status(withMatch, r)).toEqual(["pass"]);
    expect(status(s, record([["Total: 0.00 s", 0.01, W(0)]], { programSeconds: 0.02 }))).toEqual(["skipped"]);
    // The last line is a worker's own time, not the program's total.
    expect(status(s, record([["Descargando", 0.005, W(0)], ["Descarga 2: 1 s", 3.011, W(2)]], { events, programSeconds: 3.02 }))).toEqual(["skipped"]);
  });

  test("through: work printed after the waits (primes counted by processes, no waits of their own) is taken in too", () => {
    const withPrimes = spec([{ type: "elapsed", covers: ["descargas"], through: [{ contains: "Primos" }] }], {}, group);
    // The downloads end at 3.01 s; processes count primes until 4.5 s; the total comes out at 4.51 s.
    const r = (total: string) =>
      record([["Descargando", 0.005, W(0)], ["Primos menores que 100: 25", 4.2, W(0)], ["Primos menores que 50: 15", 4.5, W(0)], [total, 4.51, W(0)]], { events, programSeconds: 4.52 });
    expect(status(withPrimes, r("Todo terminado en 4.50 s"))).toEqual(["pass"]);
    // A clock read just before printing results it already held: within the slack.
    expect(status(withPrimes, r("Todo terminado en 4.30 s"))).toEqual(["pass"]);
    // A clock started after the downloads: only the primes' 1.5 s.
    expect(status(withPrimes, r("Todo terminado en 1.49 s"))).toEqual(["fail"]);
    expect(grade(withPrimes, r("Todo terminado en 1.49 s")).checks[0]?.expected?.en).toContain("to the line «Primos menores que 50: 15»");
    // 3.10 s takes in the downloads' waits (enough without `through`) but leaves out the primes.
    expect(status(s, r("Todo terminado en 3.10 s"))).toEqual(["pass"]);
    expect(status(withPrimes, r("Todo terminado en 3.10 s"))).toEqual(["fail"]);
  });
});


describe("three verdicts, decided once", () => {
  test("a failed required check fails; an undecided one with nothing failed is undecided; advice never counts", () => {
    const s = spec([
      { type: "exit-code" },
      { type: "line", match: { contains: "hola" } },
      { type: "line", match: { contains: "extra" }, advice: true, points: 3 },
      { type: "fact", expect: "threads.started >= 0" },
    ]);
    const passed = grade(s, record(["hola"]));
    expect(passed.verdict).toBe("pass");
    expect(passed.checks.find((c) => c.id === "c2")).toMatchObject({ status: "fail", advice: true, points: 0 });
    expect(passed.points).toEqual({ earned: 3, total: 3 });
    expect(grade(s, record(["adiós"])).verdict).toBe("fail");
    expect(grade(s, record(["hola"], { probe: { state: "missing" } })).verdict).toBe("undecided");
    // Something failed: fail, even though another check could not be decided.
    expect(grade(s, record(["adiós"], { probe: { state: "missing" } })).verdict).toBe("fail");
  });

  test("a crash first: the error is the first note and checks it kept from being reached are not evaluated", () => {
    const s = spec([{ type: "exit-code" }, { type: "line", match: { contains: "hola" } }, { type: "line", match: { contains: "adiós" } }]);
    const events: ProbeEvent[] = [{ event: "exception", t: 0.05, th: 0, type: "NameError", message: "name 'x' is not defined", thread: "MainThread", traceback: "", frames: [{ file: "x.py", line: 3, function: "<module>" }] }];
    const result = grade(s, record(["hola"], { events, exitCode: 1 }));
    expect(result.verdict).toBe("fail");
    expect(result.checks.map((c) => c.status)).toEqual(["fail", "pass", "skipped"]);
    expect(result.checks[2]?.skip).toBe("incomplete");
    expect(result.notes[0]?.kind).toBe("crash");
    expect(result.notes[0]?.text.es).toContain("NameError: name 'x' is not defined (x.py, línea 3)");
    expect(result.points).toEqual({ earned: 1, total: 3 });
  });
});

describe("printed readings and shown values", () => {
  test("values the program read and printed, by value and order, whatever the labels", () => {
    const s = SpecSchema.parse({
      ...spec([{ type: "printed", from: ["returns.sys.getrefcount"], min: 4, expect: ["n.v2 == n.v1 + 1", "n.v4 == n.v1"] }]),
      probe: { inspect: {}, count: ["sys.getrefcount"] },
    });
    const calls = [2, 3, 4, 2].map((ret, i): ProbeEvent => ({ event: "call", t: 0.01 * (i + 1), name: "sys.getrefcount", count: i + 1, ret }));
    const shown: Array<[string, number]> = [["Paso 1 → 2", 0.015], ["con_ref=3 (+1)", 0.025], ["caja: 4", 0.035], ["final 2", 0.045]];
    expect(status(s, record(shown, { events: calls }))).toEqual(["pass"]);
    // Typed by hand: the values were never read.
    const typed: Array<[string, number]> = [["antes: 5", 0.015], ["con: 6", 0.025], ["caja: 7", 0.035], ["tras: 5", 0.045]];
    expect(status(s, record(typed, { events: calls }))).toEqual(["fail"]);
    // All four measured first and printed afterwards, each beside its step
    // number and its difference: the measure that comes next in the order
    // read, not the step number that happens to equal an earlier one.
    const late: Array<[string, number]> = [
      ["Paso 1 - Al principio: 2 (+0)", 0.05],
      ["Paso 2 - Con otra = datos: 3 (+1)", 0.05],
      ["Paso 3 - También dentro de caja: 4 (+2)", 0.05],
      ["Paso 4 - Tras del otra y del caja: 2 (+0)", 0.05],
    ];
    expect(status(s, record(late, { events: calls }))).toEqual(["pass"]);
    // The same lines with the second measure left out: the 3 of «Paso 3» is not taken for it.
    const missing: Array<[string, number]> = [late[0] as [string, number], ["Paso 2 - Con otra = datos: ? (+1)", 0.05], ...late.slice(2)];
    expect(status(s, record(missing, { events: calls }))).toEqual(["fail"]);
    // A line written before the first measure, within the same millisecond,
    // that happens to hold its value («[1, 2, 3]»), shows no measure.
    const early: Array<[string, number]> = [["datos = [1, 2, 3]", 0.0098], ...shown];
    const firstAt = (t: number) => calls.map((c, i) => (i === 0 ? { ...c, t } : c));
    expect(status(s, record(early, { events: firstAt(0.0099) }))).toEqual(["pass"]);
    expect(grade(s, record(early, { events: firstAt(0.0099) })).checks[0]?.lines).toEqual([2, 3, 4, 5]);
    // A loop variable left holding datos: the last measure is 3, and a line
    // printing the box's contents between the measures holds the first
    // measure's 2 again; that is data, not the first measure shown twice.
    const leftover = [2, 3, 4, 3].map((ret, i): ProbeEvent => ({ event: "call", t: 0.01 * (i + 1), name: "sys.getrefcount", count: i + 1, ret }));
    const contents: Array<[string, number]> = [["Al principio: 2", 0.015], ["Con otra: 3 (+1)", 0.025], ["En caja: 4 (+2)", 0.035], ["  caja contiene: [1, 2, 3]", 0.036], ["Tras del: 3 (+1)", 0.045]];
    expect(status(s, record(contents, { events: leftover }))).toEqual(["fail"]);
    expect(grade(s, record(contents, { events: leftover })).checks[0]?.lines).toEqual([1, 2, 3, 5]);
  });

  test("a gc.get_count() tuple printed before and after the collection", () => {
    const s = spec([{ type: "printed", from: ["gc.get_count", "gc.get_objects"], min: 2, around: "gc.collect" }]);
    const read = (t: number, value: number[]): ProbeEvent => ({ event: "gc-read", t, th: 0, what: "count", value });
    const collect: ProbeEvent = { event: "gc", t: 0.02, returned: 2, tracked: 2, freed: {}, cyclic: {}, analysis: true, garbage: 0, ms: 1, site: null };
    const events = [read(0.01, [51, 0, 0]), collect, read(0.03, [0, 0, 0])];
    expect(status(s, record([["antes (51,0,0)", 0.011], ["después: (0, 0, 0)", 0.031]], { events }))).toEqual(["pass"]);
    expect(status(s, record([["antes (51,0,0)", 0.011]], { events }))).toEqual(["fail"]);
    // The numbers in order on one line, whatever stands between them.
    expect(status(s, record([["antes: [51, 0, 0]", 0.011], ["después g0=0 g1=0 g2=0", 0.031]], { events }))).toEqual(["pass"]);
    // One generation per line, on consecutive lines.
    const perLine: Array<[string, number]> = [["Antes:", 0.011], ["  generación 0: 51", 0.011], ["  generación 1: 0", 0.011], ["  generación 2: 0", 0.011], ["Recolectados: 2", 0.025], ["Después:", 0.031], ["  gen 0: 0", 0.031], ["  gen 1: 0", 0.031], ["  gen 2: 0", 0.031]];
    expect(status(s, record(perLine, { events }))).toEqual(["pass"]);
    // Out of order, or a number missing from the run of lines: not the reading.
    expect(status(s, record([["antes: 0, 0, 51", 0.011], ["después (0, 0, 0)", 0.031]], { events }))).toEqual(["fail"]);
    const broken: Array<[string, number]> = [["gen 0: 51", 0.011], ["gen 1: 7", 0.011], ["gen 2: 0", 0.011], ["después (0, 0, 0)", 0.031]];
    expect(status(s, record(broken, { events }))).toEqual(["fail"]);
    // A first gc.collect() that clears the decks before the cycle is built: the
    // readings around the second one are before and after collecting.
    const early: ProbeEvent = { ...collect, t: 0.005, returned: 0 };
    expect(status(s, record([["antes (51,0,0)", 0.011], ["después: (0, 0, 0)", 0.031]], { events: [early, ...events] }))).toEqual(["pass"]);
    const afterOnly = grade(s, record([["después: (0, 0, 0)", 0.031], ["otra vez (0, 0, 0)", 0.041]], { events: [early, collect, read(0.03, [0, 0, 0]), read(0.04, [0, 0, 0])] }));
    expect(afterOnly.checks[0]?.actual?.en).toBe("only values read after gc.collect() are shown");
  });

  test("shows: a value the program holds, in any line and any label", () => {
    const s = SpecSchema.parse({ ...spec([{ type: "shows", value: "inspect.nombre" }]), probe: { inspect: { nombre: "f.__name__" }, count: [] } });
    const named = (text: string) => record([text], { events: [{ event: "inspect", t: 0.1, name: "nombre", value: null, error: null, text: "saludo" }] });
    expect(status(s, named("Función: saludo"))).toEqual(["pass"]);
    expect(status(s, named("saludo"))).toEqual(["pass"]);
    expect(status(s, named("Función: envoltura"))).toEqual(["fail"]);
  });
});

describe("notes", () => {
  test("a line another writer interrupted on the terminal is noted, never re-run, never failed", () => {
    const s = spec([{ type: "exit-code" }]);
    const mixed = record([]);
    mixed.stdout = [{ text: "Inicio archivo 1", t: 0.01, writer: W(1), mixed: true, source: "probe" }, { text: "Inicio archivo 2", t: 0.011, writer: W(2), source: "probe" }];
    const result = grade(s, mixed);
    expect(result.verdict).toBe("pass");
    expect(result.retry).toBe(false);
    expect(result.notes.find((n) => n.kind === "interleaved")?.lines).toEqual([1]);
  });

  test("scores are partial and points add up", () => {
    const s = spec([{ type: "exit-code", points: 1 }, { type: "line", match: { exact: "no" }, points: 3 }]);
    const result = grade(s, record(["sí"]));
    expect(result.points).toEqual({ earned: 1, total: 4 });
    expect(result.score).toBe(0.25);
    expect(result.passed).toBe(false);
  });
});

describe("inspections, counted calls, number relations and `when`", () => {
  const withProbe = (s: Spec) => SpecSchema.parse({ ...s, probe: { inspect: { mismo: "a is b" }, count: ["copy.copy"] } });

  test("an inspection that raised fails with the program's error, not as undecided", () => {
    const s = withProbe(spec([{ type: "fact", expect: "inspect.mismo == 1" }]));
    const failing = record([], { events: [{ event: "inspect", t: 0, name: "mismo", value: null, error: "NameError: name 'a' is not defined" }] });
    const result = grade(s, failing);
    expect(result.checks[0]?.status).toBe("fail");
    expect(result.checks[0]?.actual?.es).toContain("NameError");
    const ok = record([], { events: [{ event: "inspect", t: 0, name: "mismo", value: 1, error: null }] });
    expect(grade(s, ok).checks[0]?.status).toBe("pass");
  });

  test("counted calls and relations between facts", () => {
    const s = withProbe(spec([{ type: "fact", expect: ["calls.copy.copy >= 1", "threads.started >= 2 * calls.copy.copy"] }]));
    const end = (copies: number): ProbeEvent => ({ event: "end", t: 1, calls: { "copy.copy": copies } });
    expect(status(s, record([], { events: [thread(1), thread(2), end(1)] }))).toEqual(["pass"]);
    expect(status(s, record([], { events: [thread(1), end(1)] }))).toEqual(["fail"]);
    expect(status(s, record([], { events: [thread(1), thread(2), end(0)] }))).toEqual(["fail"]);
  });

  test("numbers: relations between values read from lines", () => {
    const s = spec([{
      type: "numbers",
      values: { antes: { regex: "^antes: (?<value>\\d+)" }, despues: { regex: "^despues: (?<value>\\d+)" } },
      expect: "n.despues == n.antes + 1",
    }]);
    expect(status(s, record(["antes: 3", "despues: 4"]))).toEqual(["pass"]);
    expect(status(s, record(["antes: 3", "despues: 3"]))).toEqual(["fail"]);
    expect(status(s, record(["antes: 3"]))).toEqual(["fail"]);
  });

  test("a check whose `when` does not hold is skipped with the reason, and counts no points", () => {
    const s = spec([{ type: "exit-code" }, { type: "exit-code", expect: 3, when: "run.cpus >= 4" }]);
    const result = grade(s, record([]));
    expect(result.checks.map((c) => c.status)).toEqual(["pass", "skipped"]);
    expect(result.checks[1]?.skip).toBe("not-applicable");
    expect(result.checks[1]?.reason?.en).toContain("run.cpus >= 4 does not hold");
    expect(result.points.total).toBe(1);
    const big = grade(s, record([], { probe: { state: "ok", version: "3.13.0", gil: true, cpus: 8 } }));
    expect(big.checks.map((c) => c.status)).toEqual(["pass", "fail"]);
  });

  test("a list in `when` must all hold; a fact this system cannot measure leaves the check out too", () => {
    const s = spec([
      { type: "exit-code", expect: 3, when: ["run.cpus >= 2", "run.freeCpus >= 1.8"] },
      { type: "fact", expect: "cpu.parallelSeconds > 0.1 * run.cpuSeconds", when: "cpu.parallelSeconds >= 0" },
    ]);
    const ok = { state: "ok", version: "3.12.1", gil: true, cpus: 2 } as const;
    const quiet = grade(s, record([], { probe: ok, machine: { cpus: 2, freeCpus: 1.95 }, cpu: { parallelSeconds: 0.01, maxBusyProcesses: 2, processesSeen: 3, totalSeconds: 1.6, maxProcesses: 3, maxThreads: 3, maxRssBytes: 1e8 } }));
    // cpuSeconds comes from the probe's end event, absent here: undecided, never a pass.
    expect(quiet.checks.map((c) => c.status)).toEqual(["fail", "undecided"]);
    const busy = grade(s, record([], { probe: ok, machine: { cpus: 2, freeCpus: 0.9 } }));
    expect(busy.checks.map((c) => [c.status, c.skip])).toEqual([["skipped", "not-applicable"], ["skipped", "cannot-measure"]]);
    expect(busy.checks.map((c) => c.reason?.en)).toEqual([
      expect.stringContaining("does not hold"),
      expect.stringContaining("cannot be measured on this system"),
    ]);
  });
});

describe("a run that never reached its end", () => {
  test("what it did so far still counts; what only its end could tell is not evaluated; the verdict is fail", () => {
    const s = SpecSchema.parse({
      ...spec([{ type: "fact", expect: "calls.asyncio.Queue >= 1" }, { type: "fact", expect: "inspect.total == 6" }]),
      probe: { inspect: { total: "len(hechos)" }, count: ["asyncio.Queue"] },
    });
    const killed = record([], { timedOut: true, exitCode: null, signal: "SIGKILL", events: [{ event: "call", t: 0.1, name: "asyncio.Queue", count: 1 }] });
    const result = grade(s, killed);
    expect(result.checks.map((c) => c.status)).toEqual(["pass", "skipped"]);
    expect(result.checks[1]?.reason?.en).toContain("not evaluated");
    expect(result.verdict).toBe("fail");
    expect(result.notes[0]?.kind).toBe("timeout");
  });
});

describe("what a program does to its own grading", () => {
  const s = spec([{ type: "exit-code" }, { type: "fact", expect: "threads.started >= 0" }]);

  test("tampering fails the submission with a «manipulación» note, and no check is graded", () => {
    const result = grade(s, record([], { tampered: ["time.sleep was replaced"] }));
    expect(result.checks.map((c) => c.status)).toEqual(["skipped", "skipped"]);
    expect(result.verdict).toBe("fail");
    expect(result.score).toBe(0);
    expect(result.notes[0]?.kind).toBe("tampered");
    expect(result.notes[0]?.text.es).toContain("Manipulación");
    expect(result.notes[0]?.text.en).toContain("time.sleep was replaced");
  });

  test("a thread's uncaught exception fails exit-code even though the exit code is 0", () => {
    const events: ProbeEvent[] = [{ event: "exception", t: 0.05, th: 1, type: "ValueError", message: "boom", thread: "Thread-1", traceback: "", frames: [] }];
    const result = grade(s, record([], { events }));
    expect(result.checks[0]?.status).toBe("fail");
    expect(result.checks[0]?.actual?.en).toContain("Thread-1 ended with ValueError");
  });

  test("a limit is named in the verdict", () => {
    const result = grade(s, record([], { exitCode: null, signal: "SIGKILL", limit: { limit: "memory", value: 512 } }));
    expect(result.notes.find((n) => n.kind === "limit")?.text.es).toContain("memoria (512 MB)");
    expect(result.notes.map((n) => n.kind)).not.toContain("killed");
  });
});


describe("the probe's waits, confirmed from outside", () => {
  const cpu = (sleeping: number) => ({ parallelSeconds: 0, maxBusyProcesses: 1, processesSeen: 1, totalSeconds: 0.1, maxProcesses: 1, maxThreads: 4, maxSleepingThreads: sleeping, maxRssBytes: 1 });
  const three = [sleep(1, 0.1, 2.1), sleep(2, 0.1, 2.1), sleep(3, 0.15, 2.15)];

  test("the longest overlap counts only waits together for a second or more", () => {
    const model = (events: ProbeEvent[]) => confirmFromOutside(record([], { events, cpu: cpu(1) }));
    expect(longOverlap([])).toBe(0);
    // Three at once for ~2 s; a fourth brief one makes four for 0.3 s only.
    const waits = [...three, sleep(4, 1.0, 1.3)].map((e) => e.event === "sleep" ? { kind: "time" as const, asked: 1, begin: e.b, end: e.e, learner: true, worker: "x" } : undefined).filter((w) => w !== undefined);
    expect(longOverlap(waits)).toBe(3);
    // Back to back, never together: one sleeping thread at a time is enough.
    expect(model([sleep(1, 0, 1.5), sleep(2, 1.5, 3)]).tampered ?? []).toEqual([]);
  });

  test("claimed overlapping sleeps the kernel never saw are tampering; seen ones are not", () => {
    const claimed = record([], { events: three, cpu: cpu(1) });
    const found = confirmFromOutside(claimed).tampered ?? [];
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("3 time.sleep waits at once");
    expect(grade(spec([{ type: "exit-code" }]), confirmFromOutside(claimed)).verdict).toBe("fail");
    expect(confirmFromOutside(record([], { events: three, cpu: cpu(3) })).tampered ?? []).toEqual([]);
    // Where the kernel does not show waits (not Linux, hidden wchan) nothing is inferred.
    const { maxSleepingThreads: _hidden, ...noWchan } = cpu(0);
    expect(confirmFromOutside(record([], { events: three, cpu: noWchan })).tampered ?? []).toEqual([]);
  });

  test("only what the sampler saw while the waits went on counts: a grader starved for the whole stretch saw nothing", () => {
    // Every 50 ms from 0 to 3 s, seeing one thread asleep: the three waits (0.15–2.1 s) were watched.
    const watched: Array<[number, number]> = Array.from({ length: 60 }, (_, i) => [i * 0.05, 1]);
    const found = confirmFromOutside(record([], { events: three, cpu: { ...cpu(1), sleepSamples: watched } })).tampered ?? [];
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("at most 1 of the program's threads were seen sleeping while they went on");
    // Samples only before and after (the grader's event loop starved in between): no inference.
    const starved: Array<[number, number]> = [[0, 0], [0.05, 0], [2.5, 0], [2.55, 0]];
    expect(confirmFromOutside(record([], { events: three, cpu: { ...cpu(0), sleepSamples: starved } })).tampered ?? []).toEqual([]);
    // Three seen asleep at once during the stretch, even if only then: confirmed.
    const seen: Array<[number, number]> = watched.map(([t]) => [t, t > 1 && t < 1.3 ? 3 : 1]);
    expect(confirmFromOutside(record([], { events: three, cpu: { ...cpu(3), sleepSamples: seen } })).tampered ?? []).toEqual([]);
  });
});

describe("queue facts", () => {
  const got = (t: number): ProbeEvent => ({ event: "queue", t, th: 0, tk: 2, q: 1, api: "asyncio", op: "get", item: "1" });
  const done = (t: number): ProbeEvent => ({ event: "queue", t, th: 0, tk: 2, q: 1, api: "asyncio", op: "done", item: "None" });
  const slept = (b: number, e: number): ProbeEvent => ({ event: "sleep", t: e, th: 0, tk: 2, kind: "asyncio", secs: 0.5, b, e, learner: true });

  test("task_done() after the item's wait counts as after its work; right after get() it does not", () => {
    const after = deriveFacts(record([], { events: [got(0.1), slept(0.1, 0.6), done(0.61)] })).numbers;
    expect([after["queues.done"], after["queues.doneAfterWork"]]).toEqual([1, 1]);
    const early = deriveFacts(record([], { events: [got(0.1), done(0.1001), slept(0.1001, 0.6)] })).numbers;
    expect([early["queues.done"], early["queues.doneAfterWork"]]).toEqual([1, 0]);
    // A task_done() is not an item: puts and gets are counted as before.
    expect(early["queues.taken"]).toBe(1);
  });

  test("a task_done() the queue refused (more than items taken) is counted apart, not as a done", () => {
    const extra: ProbeEvent = { event: "queue", t: 0.7, th: 0, tk: 3, q: 1, api: "asyncio", op: "done-extra", item: "None" };
    const facts = deriveFacts(record([], { events: [got(0.1), slept(0.1, 0.6), done(0.61), extra] })).numbers;
    expect([facts["queues.done"], facts["queues.doneExtra"]]).toEqual([1, 1]);
    expect(deriveFacts(record([], { events: [got(0.1), done(0.61)] })).numbers["queues.doneExtra"]).toBe(0);
  });

  test("a sentinel is None or a value a reporting worker took last and never reported, whatever the value", () => {
    const put = (t: number, item: string): ProbeEvent => ({ event: "queue", t, th: 0, tk: 1, q: 1, api: "asyncio", op: "put", item });
    const take = (t: number, tk: number, item: string): ProbeEvent => ({ event: "queue", t, th: 0, tk, q: 1, api: "asyncio", op: "get", item });
    const said = (t: number, task: number): [string, number, { thread: number; task: number }] => ["Consumidor procesó", t, { thread: 0, task }];
    const events = [put(0, "1"), put(0, "2"), take(0.01, 2, "1"), take(0.01, 3, "2"), put(1, "'FIN'"), put(1, "'FIN'"), take(1.01, 2, "'FIN'"), take(1.01, 3, "'FIN'")];
    const lines = [said(0.5, 2), said(0.5, 3)];
    const facts = deriveFacts(record(lines, { events })).numbers;
    expect([facts["queues.puts"], facts["queues.taken"], facts["queues.reported"]]).toEqual([2, 2, 2]);
    // The last item of each worker reported: no sentinel but None.
    const reported = [...lines, said(1.5, 2), said(1.5, 3)];
    const all = deriveFacts(record(reported, { events })).numbers;
    expect([all["queues.puts"], all["queues.taken"], all["queues.reported"]]).toEqual([4, 4, 4]);
  });

  test("an item reported after its worker's wait counts as reported after its work; one reported right after get() does not", () => {
    const line = (t: number): [string, number, { thread: number; task: number }] => ["Consumidor 1 procesó el pedido 1", t, { thread: 0, task: 2 }];
    const after = deriveFacts(record([line(0.6)], { events: [got(0.1), slept(0.1, 0.6), done(0.61)] })).numbers;
    expect([after["queues.reported"], after["queues.reportedAfterWork"]]).toEqual([1, 1]);
    const before = deriveFacts(record([line(0.1001)], { events: [got(0.1), slept(0.1002, 0.6), done(0.61)] })).numbers;
    expect([before["queues.reported"], before["queues.reportedAfterWork"]]).toEqual([1, 0]);
    // A wait that began before the get() is not this item's work.
    const earlier = deriveFacts(record([line(0.7)], { events: [slept(0, 0.5), got(0.6)] })).numbers;
    expect([earlier["queues.reported"], earlier["queues.reportedAfterWork"]]).toEqual([1, 0]);
  });
});

describe("a run cut short", () => {
  test("a check that something is never shown is not evaluated, nor one whose condition the run never reached", () => {
    const s = spec([
      { type: "line", match: { regex: "\\d\\s*segundos" }, count: { min: 0, max: 0 } },
      { type: "number", match: { contains: "total" }, equals: 5, ifShown: true },
      { type: "line", match: { contains: "hola" }, when: "inspect.nunca == 0" },
    ]);
    const cut = grade(s, record(["hola"], { timedOut: true, exitCode: null, signal: "SIGKILL" })).checks;
    expect(cut.map((c) => [c.status, c.skip])).toEqual([
      ["skipped", "incomplete"],
      ["skipped", "incomplete"],
      ["skipped", "incomplete"],
    ]);
    // The same checks on a run that ended: judged.
    const whole = grade(s, record(["hola"])).checks;
    expect(whole.map((c) => c.status)).toEqual(["pass", "skipped", "skipped"]);
  });
});
