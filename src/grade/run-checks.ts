// Checks on how the program ran: exit code, stderr, time windows, runtime facts.
import type { Check } from "../spec/schema.js";
import { both, type Text } from "../i18n/lang.js";
import { compare, parseFactExpr, NUMBER_FACTS, type NumberFact } from "../spec/facts.js";
import type { Outcome } from "./result.js";
import type { Context } from "./context.js";

type Of<T extends Check["type"]> = Extract<Check, { type: T }>;

const secs = (s: number) => `${s.toFixed(2)} s`;

function howItEnded(ctx: Context): Text {
  const r = ctx.record;
  if (r.timedOut) return both(`lo detuvo el límite de ${r.timeoutSeconds} s`, `it was stopped by the ${r.timeoutSeconds} s limit`);
  if (r.outputCapped) return both("lo detuvo el límite de salida", "it was stopped by the output limit");
  if (r.signal) return both(`terminó por la señal ${r.signal}`, `it was ended by signal ${r.signal}`);
  return both(`terminó con código ${r.exitCode}`, `it ended with code ${r.exitCode}`);
}

export function exitCodeCheck(ctx: Context, check: Of<"exit-code">): Outcome {
  const r = ctx.record;
  if (!r.timedOut && !r.outputCapped && r.signal === null && r.exitCode === check.expect) return { status: "pass" };
  return { status: "fail", expected: both(`terminar con código ${check.expect}`, `to end with code ${check.expect}`), actual: howItEnded(ctx) };
}

export function stderrCleanCheck(ctx: Context, check: Of<"stderr-clean">): Outcome {
  const ignore = check.ignore.map((s) => new RegExp(s, "u"));
  const left = ctx.record.stderr
    .split("\n")
    .map((l) => l.replace(/\r$/u, ""))
    .filter((l) => l.trim() !== "" && !ignore.some((re) => re.test(l)));
  if (left.length === 0) return { status: "pass" };
  const shown = left.slice(-3).join(" ⏎ ");
  return {
    status: "fail",
    expected: both("nada en la salida de errores (stderr)", "nothing on the error output (stderr)"),
    actual: both(`${left.length} línea(s) en stderr, la última: ${shown}`, `${left.length} line(s) on stderr, the last: ${shown}`),
  };
}

// The accepted window for the whole run: from the plan (the longest wait for
// concurrent work, the sum for sequential), with room for a loaded machine.
export function durationWindow(check: Of<"duration">): { min: number; max: number } {
  if (check.window) return { min: check.window.min ?? 0, max: check.window.max ?? Infinity };
  const d = check.plan?.durations ?? [0];
  const longest = Math.max(...d);
  const total = d.reduce((a, b) => a + b, 0);
  if (check.plan?.expect === "sequential") return { min: total * 0.97 - 0.05, max: total * 1.5 + 2 };
  const max = total > longest ? (longest + total) / 2 : longest * 1.5 + 2;
  return { min: longest * 0.97 - 0.05, max };
}

export function durationCheck(ctx: Context, check: Of<"duration">): Outcome {
  const { min, max } = durationWindow(check);
  const wall = ctx.record.wallSeconds;
  const expected = both(
    `que todo tarde entre ${secs(min)} y ${max === Infinity ? "∞" : secs(max)}`,
    `the whole run to take between ${secs(min)} and ${max === Infinity ? "∞" : secs(max)}`,
  );
  if (ctx.record.timedOut) return { status: "fail", expected, actual: howItEnded(ctx) };
  if (wall >= min && wall <= max) return { status: "pass", actual: both(`tardó ${secs(wall)}`, `it took ${secs(wall)}`) };
  return { status: "fail", expected, actual: both(`tardó ${secs(wall)}`, `it took ${secs(wall)}`) };
}

export function lineTimesCheck(ctx: Context, check: Of<"line-times">): Outcome {
  const match = ctx.matcher(check.match);
  const from = ctx.matcher(check.from);
  const times = ctx.record.stdout;
  const firstFrom = ctx.lines.findIndex((l) => from.test(l));
  const problems: Array<[string, string]> = [];
  const lines: number[] = [];
  for (const [raw, want] of Object.entries(check.seconds)) {
    const item = ctx.itemKey(raw);
    const anchor = check.anchor === "same-item" && from.hasItem ? ctx.lines.findIndex((l) => from.test(l) && from.item(l) === item) : firstFrom;
    const end = ctx.lines.findIndex((l, i) => i > anchor && match.test(l) && match.item(l) === item);
    if (anchor < 0 || end < 0) {
      problems.push([`«${raw}»: falta la línea`, `«${raw}»: the line is missing`]);
      continue;
    }
    const got = (times[end]?.t ?? 0) - (times[anchor]?.t ?? 0);
    lines.push(end + 1);
    if (got < want - check.tolerance.early || got > want + check.tolerance.late) {
      problems.push([
        `«${raw}» llegó ${secs(got)} después (línea ${end + 1}), no ~${secs(want)}`,
        `«${raw}» came ${secs(got)} later (line ${end + 1}), not ~${secs(want)}`,
      ]);
    }
  }
  if (problems.length === 0) return { status: "pass", lines };
  return {
    status: "fail",
    expected: both(
      `${match.describe.es}: ${Object.entries(check.seconds).map(([k, v]) => `${k} a los ~${v} s`).join(", ")} de ${from.describe.es}`,
      `${match.describe.en}: ${Object.entries(check.seconds).map(([k, v]) => `${k} at ~${v} s`).join(", ")} after ${from.describe.en}`,
    ),
    actual: both(problems.map((p) => p[0]).join("; "), problems.map((p) => p[1]).join("; ")),
    lines,
  };
}

const FACT_EN: Partial<Record<NumberFact, string>> = {
  "threads.started": "threads started (Thread, subclasses or ThreadPoolExecutor)",
  "threads.maxAlive": "most of the program's threads running at once",
  "sleeps.inWorkers": "time.sleep calls made outside the main thread",
  "sleeps.maxOverlap": "most time.sleep calls in progress at once",
  "gc.collectCalls": "explicit gc.collect() calls",
  "gc.freed": "instances of the program's classes freed by gc.collect()",
  "processes.started": "processes started",
};

export function factCheck(ctx: Context, check: Of<"fact">): Outcome {
  const exprs = (Array.isArray(check.expect) ? check.expect : [check.expect]).map(parseFactExpr);
  const failed: Array<[string, string]> = [];
  const holds: Array<[string, string]> = [];
  for (const expr of exprs) {
    if ("error" in expr) return { status: "error", actual: expr.error };
    const actual = ctx.facts.numbers[expr.fact];
    if (actual === undefined) {
      return {
        status: "error",
        actual: ctx.record.probe.state === "ok"
          ? both(`la sonda no informó «${expr.fact}»`, `the probe did not report «${expr.fact}»`)
          : both("no se pudo observar el programa por dentro (la sonda no respondió)", "the program could not be observed (the probe did not answer)"),
      };
    }
    const es = `${NUMBER_FACTS[expr.fact]}: ${round(actual)}`;
    const en = `${FACT_EN[expr.fact] ?? expr.fact}: ${round(actual)}`;
    (compare(actual, expr.op, expr.value) ? holds : failed).push([es, en]);
  }
  const expected = both(
    exprs.map((e) => ("error" in e ? "" : `${NUMBER_FACTS[e.fact]} ${e.op} ${e.value}`)).join("; "),
    exprs.map((e) => ("error" in e ? "" : `${FACT_EN[e.fact] ?? e.fact} ${e.op} ${e.value}`)).join("; "),
  );
  if (failed.length === 0) return { status: "pass", expected, actual: both(holds.map((h) => h[0]).join("; "), holds.map((h) => h[1]).join("; ")) };
  const actual = check.explain
    ? both(`${failed.map((f) => f[0]).join("; ")}. ${check.explain.es}`, `${failed.map((f) => f[1]).join("; ")}. ${check.explain.en}`)
    : both(failed.map((f) => f[0]).join("; "), failed.map((f) => f[1]).join("; "));
  return { status: "fail", expected, actual };
}

function round(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(3);
}
