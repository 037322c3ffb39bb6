// Checks on what the program printed: lines, blocks, order, pairs, numbers, shapes.
import type { Check } from "../catalog/schema.js";
import { both } from "../i18n/lang.js";
import type { Outcome } from "./result.js";
import type { Matcher } from "./patterns.js";
import { visible } from "./normalize.js";
import type { Context } from "./context.js";
import { evaluateExprs } from "./run-checks.js";

type Of<T extends Check["type"]> = Extract<Check, { type: T }>;

const pass: Outcome = { status: "pass" };

function indices(ctx: Context, m: Matcher): number[] {
  const out: number[] = [];
  ctx.lines.forEach((line, i) => {
    if (m.test(line)) out.push(i);
  });
  return out;
}

const n = (i: number) => i + 1;

// First line per item, in order of appearance.
function firstByItem(ctx: Context, m: Matcher): Map<string, number> {
  const map = new Map<string, number>();
  ctx.lines.forEach((line, i) => {
    if (!m.test(line)) return;
    const item = m.item(line);
    if (item !== undefined && !map.has(item)) map.set(item, i);
  });
  return map;
}

export function lineCheck(ctx: Context, check: Of<"line">): Outcome {
  const m = ctx.matcher(check.match);
  const found = indices(ctx, m);
  const min = check.count?.min ?? 1;
  const max = check.count?.max ?? Infinity;
  if (found.length >= min && found.length <= max) return { ...pass, lines: found.map(n) };
  const want =
    max === Infinity
      ? both(`al menos ${min}`, `at least ${min}`)
      : max === 0
        ? both("ninguna", "none")
        : min === max
          ? both(`exactamente ${min}`, `exactly ${min}`)
          : both(`entre ${min} y ${max}`, `between ${min} and ${max}`);
  const closest = found.length === 0 && m.literal ? closestLine(ctx.lines, m.literal) : undefined;
  const difference = closest !== undefined ? m.difference?.(ctx.lines[closest] ?? "") : undefined;
  return {
    ...(closest !== undefined && difference && m.shownLiteral !== undefined
      ? { near: { line: n(closest), text: difference.source, at: difference.at, expected: m.shownLiteral } }
      : {}),
    status: "fail",
    expected: max === 0 ? both(`${want.es}: ${m.describe.es}`, `${want.en}: ${m.describe.en}`) : both(`${want.es} × ${m.describe.es}`, `${want.en} × ${m.describe.en}`),
    actual:
      closest !== undefined
        ? both(`ninguna; la más parecida es la línea ${n(closest)}: «${visible(ctx.lines[closest] ?? "")}»`, `none; the closest is line ${n(closest)}: «${visible(ctx.lines[closest] ?? "")}»`)
        : found.length > max && found[0] !== undefined
          ? both(
              `${found.length} línea(s); la primera, la ${n(found[0])}: «${visible(ctx.lines[found[0]] ?? "")}»`,
              `${found.length} line(s); the first, line ${n(found[0])}: «${visible(ctx.lines[found[0]] ?? "")}»`,
            )
          : both(`${found.length} línea(s)`, `${found.length} line(s)`),
    lines: found.map(n),
  };
}

// A line a child process printed (the probe saw its pid); a line whose writer
// the probe could not see counts as the program's own.
const fromChild = (ctx: Context, i: number): boolean => ctx.record.stdout[i]?.writer?.pid !== undefined;

export function linesCheck(ctx: Context, check: Of<"lines">): Outcome {
  const used = new Set<number>();
  let cursor = 0;
  const missing: string[][] = [];
  const hits: number[] = [];
  // Lines that a missing pattern matched, printed by a child process.
  const inChild = new Set<number>();
  for (const ref of check.match) {
    const m = ctx.matcher(ref);
    const start = check.ordered ? cursor : 0;
    let hit = -1;
    const children: number[] = [];
    for (let i = start; i < ctx.lines.length; i++) {
      if (!used.has(i) && m.test(ctx.lines[i] ?? "")) {
        if (check.process === "main" && fromChild(ctx, i)) {
          children.push(i);
          continue;
        }
        hit = i;
        break;
      }
    }
    if (hit < 0) {
      missing.push([m.describe.es, m.describe.en]);
      for (const i of children) inChild.add(i);
    } else {
      used.add(hit);
      hits.push(hit);
      cursor = hit + 1;
    }
  }
  if (missing.length === 0) return { ...pass, lines: hits.map(n) };
  const described = { es: check.match.map((r) => ctx.matcher(r).describe.es).join("; "), en: check.match.map((r) => ctx.matcher(r).describe.en).join("; ") };
  const child = [...inChild].sort((a, b) => a - b)[0];
  if (child !== undefined) {
    const text = visible(ctx.lines[child] ?? "");
    return {
      status: "fail",
      expected: both(`impresas por tu programa principal: ${described.es}`, `printed by your main program: ${described.en}`),
      actual: both(
        `la línea ${n(child)} («${text}») la imprimió un proceso hijo, no tu programa principal`,
        `line ${n(child)} («${text}») was printed by a child process, not by your main program`,
      ),
      lines: [...new Set([...hits, ...inChild])].sort((a, b) => a - b).map(n),
    };
  }
  return {
    status: "fail",
    expected: both(`${check.ordered ? "en este orden" : "en cualquier orden"}: ${described.es}`, `${check.ordered ? "in this order" : "in any order"}: ${described.en}`),
    actual: both(`falta: ${missing.map((d) => d[0]).join("; ")}`, `missing: ${missing.map((d) => d[1]).join("; ")}`),
    lines: hits.map(n),
  };
}

export function orderCheck(ctx: Context, check: Of<"order">): Outcome {
  const before = ctx.matcher(check.before);
  const after = ctx.matcher(check.after);
  const expected = both(
    check.mode === "all-before-any"
      ? `todas las líneas así: ${before.describe.es}; antes de cualquiera así: ${after.describe.es}`
      : check.mode === "first-before-first"
        ? `la primera línea así: ${before.describe.es}; antes de la primera así: ${after.describe.es}`
        : `para cada elemento, ${before.describe.es}; antes que ${after.describe.es}`,
    check.mode === "all-before-any"
      ? `every line like this: ${before.describe.en}; before any like this: ${after.describe.en}`
      : check.mode === "first-before-first"
        ? `the first line like this: ${before.describe.en}; before the first like this: ${after.describe.en}`
        : `for each item, ${before.describe.en}; before ${after.describe.en}`,
  );
  const b = indices(ctx, before);
  const a = indices(ctx, after);
  if (b.length === 0 || a.length === 0) {
    return { status: "fail", expected, actual: both(`faltan líneas: ${b.length} y ${a.length}`, `lines missing: ${b.length} and ${a.length}`) };
  }
  if (check.mode === "same-item") {
    const firstBefore = firstByItem(ctx, before);
    const firstAfter = firstByItem(ctx, after);
    for (const [item, ai] of firstAfter) {
      const bi = firstBefore.get(item);
      if (bi === undefined || bi > ai) {
        return { status: "fail", expected, actual: both(`«${item}»: la línea ${n(ai)} llega antes`, `«${item}»: line ${n(ai)} comes first`), lines: [n(ai)] };
      }
    }
    return pass;
  }
  // Reduced, not spread: a program may print a million matching lines.
  const lastBefore = check.mode === "all-before-any" ? b.reduce((x, y) => Math.max(x, y), -Infinity) : b.reduce((x, y) => Math.min(x, y), Infinity);
  const firstAfter = a.reduce((x, y) => Math.min(x, y), Infinity);
  if (lastBefore < firstAfter) return { ...pass, lines: [n(lastBefore), n(firstAfter)] };
  return {
    status: "fail",
    expected,
    actual: both(
      `la línea ${n(firstAfter)} («${visible(ctx.lines[firstAfter] ?? "")}») llegó antes que la línea ${n(lastBefore)} («${visible(ctx.lines[lastBefore] ?? "")}»)`,
      `line ${n(firstAfter)} («${visible(ctx.lines[firstAfter] ?? "")}») came before line ${n(lastBefore)} («${visible(ctx.lines[lastBefore] ?? "")}»)`,
    ),
    lines: [n(firstAfter), n(lastBefore)],
  };
}

export function pairsCheck(ctx: Context, check: Of<"pairs">): Outcome {
  const start = ctx.matcher(check.start);
  const end = ctx.matcher(check.end);
  const problems: Array<[string, string]> = [];
  const lines: number[] = [];
  for (const raw of check.items) {
    const item = ctx.itemKey(raw);
    const s = ctx.lines.findIndex((l) => start.test(l) && start.item(l) === item);
    if (s < 0) {
      problems.push([`«${raw}» no tiene línea de inicio`, `«${raw}» has no start line`]);
      continue;
    }
    const e = ctx.lines.findIndex((l, i) => i > s && end.test(l) && end.item(l) === item);
    if (e < 0) {
      problems.push([`«${raw}» empieza (línea ${n(s)}) pero nunca termina`, `«${raw}» starts (line ${n(s)}) but never ends`]);
      continue;
    }
    lines.push(n(s), n(e));
  }
  if (problems.length === 0) return { ...pass, lines };
  return {
    status: "fail",
    expected: both(
      `para ${check.items.join(", ")}: ${start.describe.es}, y después ${end.describe.es}`,
      `for ${check.items.join(", ")}: ${start.describe.en}, then ${end.describe.en}`,
    ),
    actual: both(problems.map((p) => p[0]).join("; "), problems.map((p) => p[1]).join("; ")),
    lines,
  };
}

export function itemOrderCheck(ctx: Context, check: Of<"item-order">): Outcome {
  const m = ctx.matcher(check.match);
  const first = firstByItem(ctx, m);
  const wanted = check.items.map((i) => ctx.itemKey(i));
  const seen = [...first.entries()].filter(([item]) => wanted.includes(item)).sort((a, b) => a[1] - b[1]);
  const order = seen.map(([item]) => check.items[wanted.indexOf(item)] ?? item);
  const expected = both(`${m.describe.es}, en el orden ${check.items.join(" → ")}`, `${m.describe.en}, in the order ${check.items.join(" → ")}`);
  if (order.length === wanted.length && order.every((v, i) => v === check.items[i])) {
    return { ...pass, lines: seen.map(([, i]) => n(i)) };
  }
  return {
    status: "fail",
    expected,
    actual: both(
      order.length ? `el orden fue ${order.join(" → ")}` : "ninguna línea así",
      order.length ? `the order was ${order.join(" → ")}` : "no such line",
    ),
    lines: seen.map(([, i]) => n(i)),
  };
}

export function lastCheck(ctx: Context, check: Of<"last">): Outcome {
  const m = ctx.matcher(check.match);
  let last = ctx.lines.length - 1;
  while (last >= 0 && (ctx.lines[last] ?? "").trim() === "") last--;
  if (last >= 0 && m.test(ctx.lines[last] ?? "")) return { ...pass, lines: [n(last)] };
  const where = indices(ctx, m);
  return {
    status: "fail",
    expected: both(`la última línea: ${m.describe.es}`, `the last line: ${m.describe.en}`),
    actual:
      last < 0
        ? both("el programa no imprimió nada", "the program printed nothing")
        : both(
            `la última línea es «${visible(ctx.lines[last] ?? "")}»${where.length ? `; la esperada está en la línea ${n(where[0] ?? 0)}` : ""}`,
            `the last line is «${visible(ctx.lines[last] ?? "")}»${where.length ? `; the expected one is line ${n(where[0] ?? 0)}` : ""}`,
          ),
    lines: [n(Math.max(last, 0)), ...where.map(n)],
  };
}

const NUMBER = /-?\d+(?:[.,]\d+)?/gu;

// The number a matching line holds: its `value` group, else its last number.
function lineNumber(m: Matcher, line: string): number | undefined {
  const text = m.groups(line)?.value ?? [...line.matchAll(NUMBER)].pop()?.[0];
  return text === undefined ? undefined : Number(text.replace(",", "."));
}

export function numbersCheck(ctx: Context, check: Of<"numbers">): Outcome {
  const values = new Map<string, number>();
  const lines: number[] = [];
  const missing: string[] = [];
  for (const [name, ref] of Object.entries(check.values)) {
    const m = ctx.matcher(ref);
    const i = ctx.lines.findIndex((l) => m.test(l) && lineNumber(m, l) !== undefined);
    const value = i >= 0 ? lineNumber(m, ctx.lines[i] ?? "") : undefined;
    if (value === undefined) missing.push(`${name} (${m.describe.es})`);
    else {
      values.set(`n.${name}`, value);
      lines.push(n(i));
    }
  }
  const sources = Array.isArray(check.expect) ? check.expect : [check.expect];
  if (missing.length > 0) {
    return {
      status: "fail",
      expected: both(sources.join("; "), sources.join("; ")),
      actual: both(`no encontré: ${missing.join(", ")}`, `not found: ${missing.join(", ")}`),
      lines,
    };
  }
  const names = new Set(Object.keys(check.values).map((k) => `n.${k}`));
  const outcome = evaluateExprs(sources, { value: (k) => values.get(k), error: () => undefined }, names, true);
  return { ...outcome, lines };
}

export function numberCheck(ctx: Context, check: Of<"number">): Outcome {
  const m = ctx.matcher(check.match);
  const allowed = check.inFact !== undefined ? ctx.facts.lists[check.inFact as keyof typeof ctx.facts.lists] : undefined;
  if (check.inFact !== undefined && allowed === undefined) {
    return { status: "undecided", reason: both(`la sonda no informó «${check.inFact}»`, `the probe did not report «${check.inFact}»`) };
  }
  const want: string[] = [];
  if (check.equals !== undefined) want.push(`${check.equals}${check.tolerance ? ` ± ${check.tolerance}` : ""}`);
  if (allowed !== undefined) want.push(allowed.length ? allowed.join(" / ") : "?");
  if (check.min !== undefined) want.push(`≥ ${check.min}`);
  if (check.max !== undefined) want.push(`≤ ${check.max}`);
  const seen: number[] = [];
  const lines: number[] = [];
  for (const [i, line] of ctx.lines.entries()) {
    if (!m.test(line)) continue;
    const value = lineNumber(m, line);
    if (value === undefined) continue;
    seen.push(value);
    lines.push(n(i));
    const ok =
      (check.equals === undefined || Math.abs(value - check.equals) <= check.tolerance) &&
      (allowed === undefined || allowed.some((a) => Math.abs(a - value) <= check.tolerance)) &&
      (check.min === undefined || value >= check.min) &&
      (check.max === undefined || value <= check.max);
    if (ok) return { ...pass, lines: [n(i)] };
  }
  if (seen.length === 0 && check.ifShown) {
    return { status: "skipped", reason: both("no se aplica: no imprimes ninguna línea así", "does not apply: you print no such line") };
  }
  return {
    status: "fail",
    expected: both(`${m.describe.es} con el número ${want.join(", ")}`, `${m.describe.en} with the number ${want.join(", ")}`),
    actual: seen.length ? both(`se imprimió ${seen.join(", ")}`, `it printed ${seen.join(", ")}`) : both("ninguna línea así con un número", "no such line with a number"),
    lines,
  };
}

export function shapeCheck(ctx: Context, check: Of<"shape">): Outcome {
  const item = String.raw`\s*-?\d+\s*`;
  const tuple = new RegExp(String.raw`\(${item}(?:,${item}){${check.length - 1}},?\s*\)`, "u");
  const found: number[] = [];
  ctx.lines.forEach((line, i) => {
    if (tuple.test(line)) found.push(n(i));
  });
  const min = check.count?.min ?? 1;
  const max = check.count?.max ?? Infinity;
  if (found.length >= min && found.length <= max) return { ...pass, lines: found };
  return {
    status: "fail",
    expected: both(
      `${min === max ? min : `al menos ${min}`} línea(s) con una tupla de ${check.length} enteros, como (12, 3, 0)`,
      `${min === max ? min : `at least ${min}`} line(s) with a tuple of ${check.length} integers, like (12, 3, 0)`,
    ),
    actual: both(`${found.length} línea(s)`, `${found.length} line(s)`),
    lines: found,
  };
}

// The output line most like `literal`, by a cheap character-bigram similarity.
export function closestLine(lines: string[], literal: string): number | undefined {
  const grams = (s: string) => {
    const out = new Set<string>();
    const t = s.toLowerCase();
    for (let i = 0; i < t.length - 1; i++) out.add(t.slice(i, i + 2));
    return out;
  };
  const target = grams(literal);
  let best: number | undefined;
  let bestScore = 0.3;
  lines.forEach((line, i) => {
    if (line.length > 2000) return;
    const g = grams(line);
    let common = 0;
    for (const x of g) if (target.has(x)) common++;
    const score = (2 * common) / (g.size + target.size || 1);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
