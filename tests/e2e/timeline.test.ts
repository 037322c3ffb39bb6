// `check --timeline` through the built CLI on a real CPython: ejercicio2's
// reference solution runs its three downloads at the same time; the variant
// that joins each thread before starting the next runs them one after another.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EXERCISES, FIXTURES, pytutor } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const python = testPythons().at(-1)?.path ?? "python3";
const solution = join(EXERCISES, "ejercicio2", "solution.py");
const serial = join(EXERCISES, "ejercicio2", "variants", "join-en-serie.py");

type Lane = { kind: string; name: string; spans: Array<[number, number]>; sleeps: Array<[number, number]>; waits: Array<[number, number]>; endKnown: boolean };
type Doc = { passed: boolean; timeline?: { seconds: number; lanes: Lane[]; lanesOmitted: number; marks: Array<{ line: number; t: number }> }; output: unknown[] };

async function timelineOf(file: string): Promise<NonNullable<Doc["timeline"]>> {
  const run = await pytutor(["check", "ejercicio2", file, "--json", "--timeline", "--python", python]);
  // 0 or 1; 2 when the machine was too busy to decide the timing checks.
  expect([0, 1, 2], run.stderr).toContain(run.code);
  const doc = JSON.parse(run.stdout) as Doc;
  expect(doc.timeline).toBeDefined();
  const timeline = doc.timeline as NonNullable<Doc["timeline"]>;
  expect(timeline.marks).toHaveLength(doc.output.length);
  return timeline;
}

const threads = (lanes: Lane[]) => lanes.filter((l) => l.kind === "thread");

describe.concurrent("check --timeline on ejercicio2", () => {
  test("the solution's three thread lanes overlap in time, each sleeping its download's seconds", async () => {
    const timeline = await timelineOf(solution);
    const lanes = threads(timeline.lanes);
    expect(lanes).toHaveLength(3);
    const spans = lanes.map((l) => l.spans[0] as [number, number]);
    // All three alive at one instant: the last to start began before the first to end ended.
    expect(Math.max(...spans.map((s) => s[0]))).toBeLessThan(Math.min(...spans.map((s) => s[1])));
    const slept = lanes.map((l) => l.sleeps.reduce((sum, [a, b]) => sum + b - a, 0));
    [3, 5, 2].forEach((seconds, i) => expect(Math.abs((slept[i] as number) - seconds)).toBeLessThan(0.5));
    expect(timeline.seconds).toBeGreaterThan(4.5);
    expect(timeline.seconds).toBeLessThan(9);
  });

  test("the serial variant's thread lanes do not overlap: each starts after the previous one ended", async () => {
    const timeline = await timelineOf(serial);
    const spans = threads(timeline.lanes)
      .map((l) => l.spans[0] as [number, number])
      .sort((a, b) => a[0] - b[0]);
    expect(spans).toHaveLength(3);
    for (let i = 1; i < spans.length; i++) expect((spans[i] as [number, number])[0]).toBeGreaterThanOrEqual((spans[i - 1] as [number, number])[1]);
    expect(timeline.seconds).toBeGreaterThan(9.5);
  });

  test("the terminal drawing comes after the report, with a lane per thread, named after it", async () => {
    const run = await pytutor(["check", "ejercicio2", solution, "--timeline", "--python", python], { env: { COLUMNS: "80" } });
    expect([0, 1, 2], run.stderr).toContain(run.code);
    const out = run.stdout;
    const report = out.search(/\n(SUPERADO|NO SUPERADO|SIN DECIDIR) · /);
    const drawing = out.indexOf("\nLínea de tiempo (");
    expect(report).toBeGreaterThan(0);
    expect(drawing).toBeGreaterThan(report);
    const lines = out.slice(drawing + 1).trimEnd().split("\n");
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(80);
    const names = ["Thread-1", "Thread-2", "Thread-3"];
    for (const name of names) expect(lines.filter((l) => l.startsWith(name) && /[█─╌]/.test(l))).toHaveLength(1);
    // With Python 3.10+ the thread is named after its target too.
    if (lines.some((l) => l.startsWith("Thread-1 ("))) expect(out).toContain("Thread-1 (descargar)");
    expect(lines.find((l) => l.startsWith("salida"))).toMatch(/▲/);
    expect(out).not.toContain("\u001b");
  });
});

// Running, sleeping and waiting drawn apart, on the oldest and newest CPython.
const total = (spans: Array<[number, number]>) => spans.reduce((sum, [a, b]) => sum + b - a, 0);
const ends = [...new Set([testPythons()[0], testPythons().at(-1)])].filter((p) => p !== undefined);

async function both(program: string, path: string) {
  const file = join(FIXTURES, "programs", program);
  const [json, text] = await Promise.all([
    pytutor(["check", "ejercicio2", file, "--json", "--timeline", "--python", path]),
    pytutor(["check", "ejercicio2", file, "--timeline", "--python", path], { env: { COLUMNS: "100" } }),
  ]);
  // The program is not ejercicio2's: failed (1) or undecided (2), never an error of pytutor's.
  expect([0, 1, 2], json.stderr).toContain(json.code);
  expect([0, 1, 2], text.stderr).toContain(text.code);
  const doc = JSON.parse(json.stdout) as Doc & { output: Array<{ text: string }> };
  const out = text.stdout;
  const at = out.indexOf("\nLínea de tiempo (");
  expect(at).toBeGreaterThan(0);
  const report = out.slice(0, at);
  const drawing = out.slice(at);
  const lines = drawing.split("\n");
  const bar = (name: string) => (lines.find((l) => l.startsWith(name)) ?? "").slice(Math.max(...lines.map((l) => l.indexOf("├")))).trimEnd();
  // The key, once, under the drawing.
  expect(lines.filter((l) => l.startsWith("█ ejecuta  ─ duerme  ╌ espera cerrojo/cola/futuro/evento/join  ▲ imprime"))).toHaveLength(1);
  expect(lines.findIndex((l) => l.startsWith("█ ejecuta"))).toBeGreaterThan(lines.findIndex((l) => l.startsWith("salida")));
  // The output is listed once, in the report; the drawing repeats no line of it
  // (a check's message may quote a line: that is the report's, above).
  expect(doc.output.length).toBeGreaterThan(0);
  const listing = report.split("\n").filter((l) => /^\S?\s+\d+\s+\d+\.\d+s\s/u.test(l));
  expect(listing).toHaveLength(doc.output.length);
  for (const { text: line } of doc.output) {
    expect(listing.filter((l) => l.endsWith(`  ${line}`)), line).toHaveLength(1);
    expect(drawing, line).not.toContain(line);
  }
  expect(out).not.toContain("\u001b");
  return { timeline: doc.timeline as NonNullable<Doc["timeline"]>, bar };
}

describe.concurrent("check --timeline: running, sleeping and waiting", () => {
  for (const python of ends) {
    test(`two asyncio tasks in asyncio.sleep(1) sleep, main() waits on gather (Python ${python.version})`, async () => {
      const { timeline, bar } = await both("timeline-asyncio-sleeps.py", python.path);
      const tasks = timeline.lanes.filter((l) => l.kind === "task" && l.name.startsWith("tarea"));
      expect(tasks).toHaveLength(2);
      for (const lane of tasks) {
        expect(total(lane.sleeps)).toBeGreaterThan(0.9);
        expect(bar(lane.name)).toMatch(/─{20,}/);
        // Asleep nearly all its life: a column or two of running at most.
        expect((bar(lane.name).match(/█/g) ?? []).length).toBeLessThanOrEqual(2);
      }
      const main = timeline.lanes.find((l) => l.kind === "task" && l.name === "main");
      expect(total(main?.waits ?? [])).toBeGreaterThan(0.9);
      expect(bar("main")).toMatch(/╌{20,}/);
    });

    test(`a thread blocked in Event.wait() waits, the main thread sleeps and then runs (Python ${python.version})`, async () => {
      const { timeline, bar } = await both("timeline-event-wait.py", python.path);
      const waiter = timeline.lanes.find((l) => l.name.startsWith("Esperador"));
      expect(total(waiter?.waits ?? [])).toBeGreaterThan(0.9);
      expect(bar("Esperador")).toMatch(/╌{20,}/);
      expect(bar("Esperador")).not.toMatch(/█{3}/);
      const main = timeline.lanes.find((l) => l.kind === "sleep");
      expect(total(main?.sleeps ?? [])).toBeGreaterThan(0.9);
      // Asleep, then computing: the busy loop is drawn running.
      expect(bar("hilo principal"), bar("hilo principal")).toMatch(/─{20,}[^─]*█{8,}/u);
    });
  }
});
