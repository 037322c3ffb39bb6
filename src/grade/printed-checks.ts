// Values the program read (gc.get_count(), len(gc.get_objects()), tracemalloc's
// peak, what a counted call returned) and then printed: a line shows a reading
// when the reading's value appears in it and was read before the line was
// written. A tuple (gc.get_count()) is shown by its numbers in order on one
// line, whatever stands between them ("(51, 0, 0)", "[51, 0, 0]", "g0=51
// g1=0 g2=0"), or one number per line on consecutive lines ("generación 0:
// 51", "generación 1: 0", …). Labels and wording never matter; values typed by
// hand never match (they were not read) unless they happen to be the real ones.
import type { Check } from "../catalog/schema.js";
import { both } from "../i18n/lang.js";
import type { Outcome } from "./result.js";
import type { Context } from "./context.js";
import { evaluateExprs } from "./run-checks.js";
import { printedNames } from "../catalog/facts.js";

type Of<T extends Check["type"]> = Extract<Check, { type: T }>;

export type Reading = { source: string; t: number; value: number | number[] };

const SOURCE_TEXT: Record<string, { es: string; en: string }> = {
  "gc.get_count": { es: "gc.get_count()", en: "gc.get_count()" },
  "gc.get_objects": { es: "len(gc.get_objects())", en: "len(gc.get_objects())" },
  "tracemalloc.peak": { es: "el pico de tracemalloc.get_traced_memory()", en: "the peak of tracemalloc.get_traced_memory()" },
};

function sourceText(source: string, lang: "es" | "en"): string {
  return SOURCE_TEXT[source]?.[lang] ?? `${source.replace(/^returns\./, "")}()`;
}

export function readingsOf(ctx: Context, from: readonly string[]): Reading[] {
  const wanted = new Set(from);
  const out: Reading[] = [];
  for (const e of ctx.record.events) {
    if (e.event === "gc-read") {
      const source = e.what === "count" ? "gc.get_count" : e.what === "objects" ? "gc.get_objects" : undefined;
      if (source && wanted.has(source)) out.push({ source, t: e.t, value: e.value });
    } else if (e.event === "tm" && wanted.has("tracemalloc.peak")) {
      out.push({ source: "tracemalloc.peak", t: e.t, value: e.peak });
    } else if (e.event === "call" && e.ret !== undefined && e.name !== null && wanted.has(`returns.${e.name}`)) {
      out.push({ source: `returns.${e.name}`, t: e.t, value: e.ret });
    }
  }
  return out;
}

// Digits grouped for reading ("36,690,388", "36 690 388") count as one number.
function ungroup(line: string): string {
  let text = line;
  for (let i = 0; i < 4; i++) text = text.replace(/(\d)[,._\u00a0\u202f'](?=\d{3}(?!\d))/gu, "$1");
  return text;
}

function escape(n: number): string {
  return String(n).replace(".", "\\.");
}

function show(value: number | number[]): string {
  return Array.isArray(value) ? `(${value.join(", ")})` : String(value);
}

export function printedCheck(ctx: Context, check: Of<"printed">): Outcome {
  const readings = readingsOf(ctx, check.from);
  const what = both(check.from.map((s) => sourceText(s, "es")).join(" o "), check.from.map((s) => sourceText(s, "en")).join(" or "));
  const expected = both(
    `${check.min === 1 ? "una línea" : `${check.min} líneas`} que muestren valores leídos de ${what.es}${check.around ? ", uno de antes de gc.collect() y otro de después" : ""}`,
    `${check.min === 1 ? "a line" : `${check.min} lines`} showing values read from ${what.en}${check.around ? ", one from before gc.collect() and one from after" : ""}`,
  );
  if (ctx.record.probe.state !== "ok") {
    return { status: "undecided", reason: both("no se pudo observar el programa por dentro (la sonda no respondió)", "the program could not be observed (the probe did not answer)") };
  }
  if (readings.length === 0) {
    return { status: "fail", expected, actual: both(`tu programa nunca obtuvo un valor de ${what.es}`, `your program never got a value from ${what.en}`) };
  }
  const shown: Array<{ line: number; reading: Reading }> = [];
  const shownReadings = new Set<Reading>();
  const texts = ctx.record.stdout.map((l) => l.text);
  // Readings before this one have been shown, or passed over, in the order read.
  let next = 0;
  ctx.record.stdout.forEach((line, i) => {
    const rest = texts.slice(i + 1);
    // A line is stamped when its newline was written, after any value in it:
    // a reading taken later (even in the same millisecond) is not shown by it.
    const before = (r: Reading) => r.t <= line.t;
    // First, the reading that follows the last one shown, if the line shows it:
    // a measure printed beside a step number or a difference ("Paso 2 - con
    // otra: 3 (+1)", the measures printed after all were taken) is the one
    // that comes next in the order read, whatever number comes first.
    const k = readings.findIndex((r, j) => j >= next && before(r) && position(line.text, r.value, rest) !== Infinity);
    if (k >= 0) next = k + 1;
    // Otherwise a reading not shown yet, printed out of order: a line that
    // holds an earlier measure's number again is data («caja contiene: [1, 2,
    // 3]» beside a count of 2), not that measure shown twice.
    const found = k >= 0 ? readings[k] : firstShown(line.text, rest, readings.filter((r) => before(r) && !shownReadings.has(r)));
    if (found) {
      shown.push({ line: i + 1, reading: found });
      shownReadings.add(found);
    }
  });
  const lines = shown.map((s) => s.line);
  const read = [...new Set(readings.map((r) => show(r.value)))].slice(0, 8).join(", ");
  if (shown.length < check.min) {
    return {
      status: "fail",
      expected,
      actual: both(
        `${shown.length === 0 ? "ninguna línea muestra" : `solo ${shown.length} línea(s) muestran`} un valor que tu programa leyó; leyó ${read}`,
        `${shown.length === 0 ? "no line shows" : `only ${shown.length} line(s) show`} a value your program read; it read ${read}`,
      ),
      lines,
    };
  }
  if (check.around) {
    // Any of the program's collections will do: one that clears the decks
    // first (gc.collect() before building the cycle) does not make the
    // readings around the one that frees it "after" only.
    const collects = ctx.record.events.filter((e) => e.event === "gc");
    const straddled = collects.some((c) => shown.some((s) => s.reading.t < c.t) && shown.some((s) => s.reading.t > c.t));
    if (!straddled) {
      const first = collects[0];
      const before = first !== undefined && !shown.some((s) => s.reading.t > first.t);
      return {
        status: "fail",
        expected,
        actual: first
          ? both(`se muestran valores leídos solo ${before ? "antes" : "después"} de gc.collect()`, `only values read ${before ? "before" : "after"} gc.collect() are shown`)
          : both("tu programa no llamó a gc.collect()", "your program did not call gc.collect()"),
        lines,
      };
    }
  }
  if (check.expect === undefined) return { status: "pass", lines };
  const numbers = shown.map((s) => s.reading.value).filter((v): v is number => typeof v === "number");
  const values = new Map<string, number>();
  numbers.forEach((v, i) => values.set(`n.v${i + 1}`, v));
  if (numbers.length > 0) {
    values.set("n.first", numbers[0] as number);
    values.set("n.last", numbers[numbers.length - 1] as number);
    values.set("n.min", numbers.reduce((a, b) => Math.min(a, b)));
    values.set("n.max", numbers.reduce((a, b) => Math.max(a, b)));
  }
  values.set("n.count", numbers.length);
  const sources = Array.isArray(check.expect) ? check.expect : [check.expect];
  const outcome = evaluateExprs(sources, { value: (k) => values.get(k), error: () => undefined }, printedNames(check.min), true);
  if (outcome.status === "undecided") {
    return { status: "fail", expected, actual: both(`se muestran ${numbers.length} valores (${numbers.join(", ")}); faltan los demás`, `${numbers.length} values are shown (${numbers.join(", ")}); the others are missing`), lines };
  }
  return { ...outcome, lines };
}

// The reading whose value comes first in the line; of equal values, the latest reading.
function firstShown(line: string, rest: readonly string[], readings: readonly Reading[]): Reading | undefined {
  let found: Reading | undefined;
  let at = Infinity;
  for (const r of readings) {
    const where = position(line, r.value, rest);
    if (where < at || (where === at && where !== Infinity)) {
      found = r;
      at = where;
    }
  }
  return found;
}

const alone = (n: number) => `(?<![\\d.])${escape(n)}(?![\\d]|\\.\\d)`;

// Where in `line` the value is shown (Infinity: it is not); a tuple may also
// go on over the lines that follow (`next`), one number per line.
function position(line: string, value: number | number[], next: readonly string[] = []): number {
  if (!Array.isArray(value)) return new RegExp(alone(value), "u").exec(ungroup(line))?.index ?? Infinity;
  const inLine = new RegExp(value.map(alone).join(".+?"), "u").exec(line);
  if (inLine) return inLine.index;
  const first = new RegExp(alone(value[0] ?? NaN), "u").exec(line);
  if (!first || value.length < 2 || next.length < value.length - 1) return Infinity;
  return value.slice(1).every((v, k) => new RegExp(alone(v), "u").test(next[k] ?? "")) ? first.index : Infinity;
}

// Lines that show a text the program holds (an inspection's text value),
// compared as a teacher reads: spaces, case and accents aside.
export function showsCheck(ctx: Context, check: Of<"shows">): Outcome {
  const name = check.value.slice("inspect.".length);
  const text = ctx.facts.texts[check.value];
  const min = check.count?.min ?? 1;
  const max = check.count?.max ?? Infinity;
  const expected = both(`${min === 1 ? "una línea" : `${min} líneas`} que muestren «${text ?? name}»`, `${min === 1 ? "a line" : `${min} lines`} showing «${text ?? name}»`);
  if (text === undefined) {
    const why = ctx.facts.errors[check.value];
    if (why) return { status: "fail", expected, actual: both(`«${name}» en tu programa: ${why.es}`, `«${name}» in your program: ${why.en}`) };
    return { status: "undecided", reason: both(`no se pudo inspeccionar «${name}»`, `«${name}» could not be inspected`) };
  }
  const wanted = fold(text.split("\n")[0] ?? "");
  if (wanted === "") return { status: "fail", expected, actual: both(`«${name}» está vacío`, `«${name}» is empty`) };
  const lines: number[] = [];
  ctx.lines.forEach((line, i) => {
    if (fold(line).includes(wanted)) lines.push(i + 1);
  });
  const ok = lines.length >= min && lines.length <= max;
  return ok
    ? { status: "pass", lines }
    : { status: "fail", expected, actual: both(`${lines.length} línea(s) lo muestran`, `${lines.length} line(s) show it`), lines };
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/\s+/gu, " ").trim();
}
