// `check --timeline` through the built CLI on a real CPython: ejercicio2's
// reference solution runs its three downloads at the same time; the variant
// that joins each thread before starting the next runs them one after another.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EXERCISES, pytutor } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const python = testPythons().at(-1)?.path ?? "python3";
const solution = join(EXERCISES, "ejercicio2", "solution.py");
const serial = join(EXERCISES, "ejercicio2", "variants", "join-en-serie.py");

type Lane = { kind: string; name: string; spans: Array<[number, number]>; sleeps: Array<[number, number]>; endKnown: boolean };
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
    for (const name of names) expect(lines.filter((l) => l.startsWith(name) && /[░█]/.test(l))).toHaveLength(1);
    // With Python 3.10+ the thread is named after its target too.
    if (lines.some((l) => l.startsWith("Thread-1 ("))) expect(out).toContain("Thread-1 (descargar)");
    expect(lines.find((l) => l.startsWith("salida"))).toMatch(/▲/);
    expect(out).not.toContain("\u001b");
  });
});
