// The pure grading layer on synthetic records: each matcher with the nasty cases.
import { describe, expect, test } from "vitest";
import { grade, mergedLines } from "../../src/grade/grade.js";
import { durationWindow } from "../../src/grade/run-checks.js";
import { SpecSchema, type Spec } from "../../src/spec/schema.js";
import type { RunRecord } from "../../src/runner/record.js";
import { record } from "../helpers/records.js";

const T = { es: "x", en: "x" };

function spec(checks: unknown[], patterns: Record<string, unknown> = {}): Spec {
  return SpecSchema.parse({
    format: 1, id: "ejercicio1", alias: "prueba", order: 1, title: T, concept: T, difficulty: "basica",
    file: "ejercicio1.py", statement: { es: "a.md", en: "b.md" }, starter: "s.py", solution: "s.py",
    hints: [T], patterns, checks: checks.map((c, i) => ({ id: `c${i}`, title: T, ...(c as object) })),
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
    ["number min/max", { type: "number", match: { regex: "tard[oó] (?<value>\\d+(?:\\.\\d+)?)" }, min: 4, max: 6 }, ["Tardó 5.2 s en 3 hilos"], "pass"],
  ])("%s", (_name, check, lines, expected) => {
    expect(status(spec([check]), record(lines))).toEqual([expected]);
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
});

describe("time", () => {
  test.each<[string, number[], "concurrent" | "sequential", number, number]>([
    ["three downloads, concurrent", [3, 5, 2], "concurrent", 4.8, 7.5],
    ["three downloads, sequential", [3, 5, 2], "sequential", 9.65, 17],
    ["one task", [2], "concurrent", 1.89, 5],
  ])("window for %s", (_name, durations, expect_, min, max) => {
    const w = durationWindow({ type: "duration", id: "d", points: 1, title: T, plan: { durations, expect: expect_ } });
    expect(w.min).toBeCloseTo(min, 1);
    expect(w.max).toBeCloseTo(max, 1);
  });

  test("duration uses the whole run; a timed-out run fails", () => {
    const s = spec([{ type: "duration", plan: { durations: [3, 5, 2], expect: "concurrent" } }]);
    expect(status(s, record([], { wallSeconds: 5.1 }))).toEqual(["pass"]);
    expect(status(s, record([], { wallSeconds: 10.1 }))).toEqual(["fail"]);
    expect(status(s, record([], { wallSeconds: 0.2 }))).toEqual(["fail"]);
    expect(status(s, record([], { wallSeconds: 5.1, timedOut: true }))).toEqual(["fail"]);
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

  test("facts come from probe events; a missing probe is an error, never a pass", () => {
    const s = spec([{ type: "fact", expect: ["threads.started >= 2", "sleeps.maxOverlap >= 2"] }]);
    const thread = (id: number) => ({ event: "thread-start" as const, t: 0, id, name: `T${id}`, api: "Thread", cls: "Thread", target: "f", daemon: false, learner: true, site: "x.py:1" });
    const sleep = (a: number, b: number) => ({ event: "sleep" as const, t: b, thread: "T", main: false, seconds: b - a, begin: a, end: b });
    expect(status(s, record([], { events: [thread(1), thread(2), sleep(0, 1), sleep(0.5, 2)] }))).toEqual(["pass"]);
    expect(status(s, record([], { events: [thread(1), thread(2), sleep(0, 1), sleep(1, 2)] }))).toEqual(["fail"]);
    expect(status(s, record([], { events: [thread(1)] }))).toEqual(["fail"]);
    expect(status(s, record([], { probe: { state: "missing" } }))).toEqual(["error"]);
  });

  test("gc facts: freed instances and the values collect returned", () => {
    const s = spec(
      [{ type: "fact", expect: "gc.freed >= 2" }, { type: "number", match: { contains: "recolectados" }, inFact: "gc.returns" }],
    );
    const collect = (returned: number, freed: Record<string, number>) => ({ event: "gc-collect" as const, t: 0, returned, tracked: 2, freed, garbage: 0, ms: 1, site: null });
    expect(status(s, record(["Recolectados: 4"], { events: [collect(4, { Nodo: 2 })] }))).toEqual(["pass", "pass"]);
    expect(status(s, record(["Recolectados: 2"], { events: [collect(4, {})] }))).toEqual(["fail", "fail"]);
  });
});

describe("notes", () => {
  test("merged lines from two threads are detected and explained only when something failed", () => {
    const s = spec([{ type: "pairs", start: "inicio", end: "fin", items: ["1", "2"] }], downloads);
    const merged = record(["Inicio archivo 1Inicio archivo 2", "", "Archivo 1 descargado", "Archivo 2 descargado"]);
    const result = grade(s, merged);
    expect(result.interleaved).toBe(true);
    expect(result.notes.find((n) => n.kind === "interleaved")?.lines).toEqual([1]);
    const clean = grade(s, record(["Inicio archivo 1", "Inicio archivo 2", "Archivo 1 descargado", "Archivo 2 descargado"]));
    expect(clean.interleaved).toBe(false);
    expect(clean.notes).toEqual([]);
  });

  test("scores are partial and points add up", () => {
    const s = spec([{ type: "exit-code", points: 1 }, { type: "line", match: { exact: "no" }, points: 3 }]);
    const result = grade(s, record(["sí"]));
    expect(result.points).toEqual({ earned: 1, total: 4 });
    expect(result.score).toBe(0.25);
    expect(result.passed).toBe(false);
  });
});

describe("mergedLines spots two threads writing into one line", () => {
  test.each<[string, string[], number[]]>([
    ["print pieces interleaved", ["Iniciando descarga deIniciando descarga de Archivo 1", " Archivo 2", "Iniciando descarga de Archivo 3"], [1]],
    ["the same opening twice, after a space", ["Iniciando descarga de Iniciando descarga de Archivo 2", "Archivo 3"], [1]],
    ["a line glued to another", ["Archivo 1Iniciando descarga de Archivo 2", "", "Iniciando descarga de Archivo 3"], [1]],
    ["clean downloads", ["Iniciando descarga de Archivo 1", "Iniciando descarga de Archivo 2", "Archivo 2 descargado", "Todas las descargas completadas en 5.0 s"], []],
    ["a summary that repeats words", ["Todas las descargas completadas: descargas 3", "Todas las descargas"], []],
    ["a line ending in another line's lowercase start", ["a después de cambiar b: [1, 2]", "profunda después de cambiar: [3]"], []],
    ["a lowercase start glued after a digit", ["archivo 2 listo", "Se bajó el 1archivo 2 listo"], [2]],
    ["one line naming another line's start", ["Archivo 1 descargado", "Descarga de Archivo 1 completada"], []],
    ["separators and tuples", ["==========", "==========", "Contadores antes: (116, 2, 2)", "(116, 2, 2)"], []],
    ["empty output", [], []],
  ])("%s", (_name, lines, expected) => {
    expect(mergedLines(lines)).toEqual(expected);
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
    const end = (copies: number) => ({ event: "end" as const, t: 1, sleepCalls: 0, sleepSecondsMain: 0, sleepSecondsWorkers: 0, calls: { "copy.copy": copies } });
    const thread = (id: number) => ({ event: "thread-start" as const, t: 0, id, name: `T${id}`, api: "Thread", cls: "Thread", target: "f", daemon: false, learner: true, site: null });
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

  test("a check whose `when` does not hold is left out, with a note, and counts no points", () => {
    const s = spec([{ type: "exit-code" }, { type: "exit-code", expect: 3, when: "run.cpus >= 4" }]);
    const result = grade(s, record([]));
    expect(result.checks.map((c) => c.id)).toEqual(["c0"]);
    expect(result.points.total).toBe(1);
    expect(result.notes.map((n) => n.kind)).toContain("not-applicable");
    const big = grade(s, record([], { probe: { state: "ok", version: "3.13.0", gil: true, cpus: 8 } }));
    expect(big.checks.map((c) => c.status)).toEqual(["pass", "fail"]);
  });

  test("a list in `when` must all hold; a fact this system cannot measure leaves the check out too", () => {
    const s = spec([
      { type: "exit-code", expect: 3, when: ["run.cpus >= 2", "run.freeCpus >= 1.8"] },
      { type: "fact", expect: "cpu.parallelSeconds > 0.1 * run.cpuSeconds", when: "cpu.parallelSeconds >= 0" },
    ]);
    const ok = { state: "ok", version: "3.12.1", gil: true, cpus: 2 } as const;
    const quiet = grade(s, record([], { probe: ok, machine: { cpus: 2, freeCpus: 1.95 }, cpu: { parallelSeconds: 0.01, maxBusyProcesses: 2, processesSeen: 3, totalSeconds: 1.6, maxProcesses: 3, maxRssBytes: 1e8 } }));
    // cpuSeconds comes from the probe's end event, absent here: undecided, so an error, not a pass.
    expect(quiet.checks.map((c) => c.status)).toEqual(["fail", "error"]);
    const busy = grade(s, record([], { probe: ok, machine: { cpus: 2, freeCpus: 0.9 } }));
    expect(busy.checks).toEqual([]);
    expect(busy.notes.filter((n) => n.kind === "not-applicable").map((n) => n.text.en)).toEqual([
      expect.stringContaining("does not hold on this machine"),
      expect.stringContaining("cannot be measured on this system"),
    ]);
  });
});

describe("a run that never reached its end", () => {
  test("counted calls seen so far still count, and missing inspections fail instead of staying undecided", () => {
    const s = SpecSchema.parse({
      ...spec([{ type: "fact", expect: "calls.asyncio.Queue >= 1" }, { type: "fact", expect: "inspect.total == 6" }]),
      probe: { inspect: { total: "len(hechos)" }, count: ["asyncio.Queue"] },
    });
    const killed = record([], { timedOut: true, exitCode: null, signal: "SIGKILL", events: [{ event: "call", t: 0.1, name: "asyncio.Queue", count: 1 }] });
    const result = grade(s, killed);
    expect(result.checks.map((c) => c.status)).toEqual(["pass", "fail"]);
    expect(result.checks[1]?.actual?.en).toContain("did not finish in time");
  });
});

describe("what a program does to its own grading", () => {
  const s = spec([{ type: "exit-code" }, { type: "fact", expect: "threads.started >= 0" }]);

  test("a normal exit the probe never saw (os._exit, exec) leaves its facts undecided, with a note", () => {
    const result = grade(s, record([], { noEnd: true }));
    expect(result.checks.map((c) => c.status)).toEqual(["pass", "error"]);
    expect(result.notes.map((n) => n.kind)).toContain("probe-missing");
  });

  test("tampering makes every check an error, never a pass", () => {
    const result = grade(s, record([], { tampered: ["time.sleep"] }));
    expect(result.checks.map((c) => c.status)).toEqual(["error", "error"]);
    expect(result.passed).toBe(false);
    expect(result.notes.find((n) => n.kind === "tampered")?.text.en).toContain("time.sleep");
  });

  test("a thread's uncaught exception fails exit-code even though the exit code is 0", () => {
    const events = [{ event: "exception" as const, t: 0.05, type: "ValueError", message: "boom", thread: "Thread-1", traceback: "", frames: [] }];
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

