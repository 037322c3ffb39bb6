// Checks on how the program ran: exit code, stderr, time windows, runtime facts.
import type { Check } from "../catalog/schema.js";
import { both, type Text } from "../i18n/lang.js";
import {
  compare,
  isNumberFact,
  NUMBER_FACTS,
  operandText,
  operandValue,
  parseFactExpr,
  specFactNames,
  type FactExpr,
  type Operand,
} from "../catalog/facts.js";
import type { Outcome } from "./result.js";
import type { Context } from "./context.js";
import { leftEarly } from "./completion.js";

type Of<T extends Check["type"]> = Extract<Check, { type: T }>;

const secs = (s: number) => `${s.toFixed(2)} s`;

function howItEnded(ctx: Context): Text {
  const r = ctx.record;
  if (r.timedOut) return both(`lo detuvo el límite de ${r.timeoutSeconds} s`, `it was stopped by the ${r.timeoutSeconds} s limit`);
  if (r.outputCapped) return both("lo detuvo el límite de salida", "it was stopped by the output limit");
  if (r.signal) return both(`terminó por la señal ${r.signal}`, `it was ended by signal ${r.signal}`);
  return both(`terminó con código ${r.exitCode}`, `it ended with code ${r.exitCode}`);
}

// The spec's hint speaks of an error to read; when the program was stopped
// instead, say what fits what happened.
function stoppedHint(ctx: Context): Text | null | undefined {
  const r = ctx.record;
  if (r.timedOut) return both("No terminó a tiempo: mira arriba dónde estaba cada hilo al detenerlo (¿un join() que no vuelve, un bucle sin fin, una espera demasiado larga?).", "It did not finish in time: see above where each thread was when it was stopped (a join() that never returns, an endless loop, a wait too long?).");
  if (r.outputCapped) return both("Imprime mucho menos: el ejercicio solo pide unas pocas líneas.", "Print much less: the exercise asks for a few lines only.");
  if (r.limit) return null;
  if (r.signal && !r.events.some((e) => e.event === "exception")) return null;
  return undefined;
}

export function exitCodeCheck(ctx: Context, check: Of<"exit-code">): Outcome {
  const r = ctx.record;
  // A thread that died of an uncaught exception leaves exit code 0 behind,
  // but the program did not end without errors.
  const threadError = r.events.find((e) => e.event === "exception" && e.thread !== undefined && e.thread !== null && e.thread !== "MainThread");
  const left = leftEarly(r);
  if (left && check.expect === 0) {
    return {
      status: "fail",
      expected: both("terminar sin errores, llegando al final del programa", "to end without errors, reaching the program's end"),
      actual: left,
      hint: both("Deja que el programa llegue a su última línea: sin os._exit() ni os.exec…(); para salir antes, usa sys.exit().", "Let the program reach its last line: no os._exit() or os.exec…(); to leave early, use sys.exit()."),
    };
  }
  if (!r.timedOut && !r.outputCapped && r.signal === null && r.exitCode === check.expect) {
    if (check.expect !== 0 || !threadError || threadError.event !== "exception") return { status: "pass" };
    return {
      status: "fail",
      expected: both("terminar sin errores, también en sus hilos", "to end without errors, in its threads too"),
      actual: both(`el hilo ${threadError.thread} terminó con ${threadError.type}: ${threadError.message}`, `thread ${threadError.thread} ended with ${threadError.type}: ${threadError.message}`),
    };
  }
  return { status: "fail", expected: both(`terminar con código ${check.expect}`, `to end with code ${check.expect}`), actual: howItEnded(ctx), hint: stoppedHint(ctx) };
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
  // The program's own duration, from its first line of code to its end.
  const wall = ctx.record.programSeconds;
  const expected = both(
    `que todo tarde entre ${secs(min)} y ${max === Infinity ? "∞" : secs(max)}`,
    `the whole run to take between ${secs(min)} and ${max === Infinity ? "∞" : secs(max)}`,
  );
  if (ctx.record.timedOut) return { status: "fail", expected, actual: howItEnded(ctx) };
  if (wall >= min && wall <= max) return { status: "pass", actual: both(`tardó ${secs(wall)}`, `it took ${secs(wall)}`) };
  return { status: "fail", timing: true, expected, actual: both(`tardó ${secs(wall)}`, `it took ${secs(wall)}`) };
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
    timing: true,
    expected: both(
      `${match.describe.es}: ${Object.entries(check.seconds).map(([k, v]) => `${k} a los ~${v} s`).join(", ")} de ${from.describe.es}`,
      `${match.describe.en}: ${Object.entries(check.seconds).map(([k, v]) => `${k} at ~${v} s`).join(", ")} after ${from.describe.en}`,
    ),
    actual: both(problems.map((p) => p[0]).join("; "), problems.map((p) => p[1]).join("; ")),
    lines,
  };
}


// How a fact is named to a learner.
function factLabel(name: string, lang: "es" | "en"): string {
  if (name.startsWith("inspect.")) return lang === "es" ? `«${name.slice(8)}» en tu programa` : `«${name.slice(8)}» in your program`;
  if (name.startsWith("calls.")) return lang === "es" ? `llamadas a ${name.slice(6)}()` : `calls to ${name.slice(6)}()`;
  if (name.startsWith("n.")) return name.slice(2);
  if (isNumberFact(name)) return NUMBER_FACTS[name][lang];
  return name;
}

function operandLabel(operand: Operand, lang: "es" | "en"): string {
  if (operand.fact === undefined) return String(operand.offset);
  const text = operandText(operand);
  return text.replace(operand.fact, factLabel(operand.fact, lang));
}

export type Lookup = { value(name: string): number | undefined; error(name: string): Text | undefined };

// Evaluates fact expressions; an unknown value is the program's failure when it
// is the program's fault (a missing name), otherwise undecided.
export function evaluateExprs(sources: string[], lookup: Lookup, extra: ReadonlySet<string>, probeOk: boolean, explain?: Text): Outcome {
  const failed: Array<[string, string]> = [];
  const holds: Array<[string, string]> = [];
  const parsed: FactExpr[] = [];
  for (const source of sources) {
    const expr = parseFactExpr(source, extra);
    if ("error" in expr) return { status: "undecided", reason: expr.error };
    parsed.push(expr);
  }
  for (const expr of parsed) {
    const sides = [expr.left, expr.right];
    const values = sides.map((o) => operandValue(o, lookup.value));
    const missing = sides.map((o) => o.fact).find((f, i) => f !== undefined && values[i] === undefined);
    if (missing !== undefined) {
      const why = lookup.error(missing);
      if (why !== undefined) {
        failed.push([`${factLabel(missing, "es")}: ${why.es}`, `${factLabel(missing, "en")}: ${why.en}`]);
        continue;
      }
      return {
        status: "undecided",
        reason: probeOk
          ? both(`no se pudo medir ${factLabel(missing, "es")}`, `could not measure ${factLabel(missing, "en")}`)
          : both("no se pudo observar el programa por dentro (la sonda no respondió)", "the program could not be observed (the probe did not answer)"),
      };
    }
    const [l = 0, r = 0] = values as number[];
    const shown = (lang: "es" | "en") =>
      `${operandLabel(expr.left, lang)}: ${round(l)}${expr.right.fact ? `; ${operandLabel(expr.right, lang)}: ${round(r)}` : ""}`;
    (compare(l, expr.op, r) ? holds : failed).push([shown("es"), shown("en")]);
  }
  const expected = both(
    parsed.map((e) => `${operandLabel(e.left, "es")} ${e.op} ${operandLabel(e.right, "es")}`).join("; "),
    parsed.map((e) => `${operandLabel(e.left, "en")} ${e.op} ${operandLabel(e.right, "en")}`).join("; "),
  );
  if (failed.length === 0) return { status: "pass", expected, actual: both(holds.map((h) => h[0]).join("; "), holds.map((h) => h[1]).join("; ")) };
  const text = both(failed.map((f) => f[0]).join("; "), failed.map((f) => f[1]).join("; "));
  return { status: "fail", expected, actual: explain ? both(`${text.es}. ${explain.es}`, `${text.en}. ${explain.en}`) : text, ...(explain ? { why: explain } : {}) };
}

export function factLookup(ctx: Context): Lookup {
  return {
    value: (name) => ctx.facts.numbers[name],
    error: (name) => ctx.facts.errors[name],
  };
}

export function factCheck(ctx: Context, check: Of<"fact">): Outcome {
  const sources = Array.isArray(check.expect) ? check.expect : [check.expect];
  return evaluateExprs(sources, factLookup(ctx), specFactNames(ctx.spec.probe), ctx.record.probe.state === "ok", check.explain);
}

function round(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(3);
}
