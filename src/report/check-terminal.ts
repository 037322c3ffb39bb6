// The learner's report. Two forms:
// - the full one (`renderCheck`): every check ✓/✗ with what was expected, what
//   happened and a hint, the program's output with timestamps, notes. It is
//   what a pipe gets, and `--detalle` on a terminal;
// - the short one (`renderShort`), a terminal's default: the verdict, the
//   first thing to fix (what happened, what the check is about, the hint), the
//   other failures one line each, the passed checks in one line, the next step.
//   It fits an 80×24 terminal: the program's output was shown live above it.
import type { ChalkInstance } from "chalk";
import { count, type Lang } from "../i18n/lang.js";
import type { CheckOutcome } from "../attempt/types.js";
import { safeProse, safeText, visible, visibleBlock } from "../util/sanitize.js";
import type { CheckResult, NearMiss, NoteKind, Verdict } from "../grade/result.js";
import { keyLines, markersIn, type Marker } from "./output-key.js";
import { cut, cutWords, displayWidth, wrap, wrapAtMost } from "./wrap.js";
import { VERDICT_ICON, VERDICT_WORD } from "./verdict-words.js";
import { briefStacks, renderStacks, type ThreadStack } from "./stacks.js";

// Notes about what stopped the program: shown before anything else.
const FIRST_NOTES = new Set<NoteKind>(["tampered", "timeout", "crash", "waiting-input", "limit", "output-capped", "killed", "incomplete"]);

// A traceback without the probe's own frames: the learner sees their code only.
export function withoutProbeFrames(text: string): string {
  const lines = text.split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (/^\s*File ".*_pytutor_(probe|wrappers)\.py", line \d+/.test(line)) {
      // Skip the frame's source line and any marker line under it.
      while (i + 1 < lines.length && /^\s{4,}\S/.test(lines[i + 1] ?? "") && !/^\s*File "/.test(lines[i + 1] ?? "")) i++;
      continue;
    }
    kept.push(line);
  }
  return kept.join("\n");
}

const MAX_SHOWN_LINES = 40;
// The short report's height, with room under it for the workspace's line and the prompt.
export const SHORT_MAX_ROWS = 21;

const L = {
  es: {
    output: (n: number) => `Salida del programa (${n} ${n === 1 ? "línea" : "líneas"}, con el segundo en que apareció cada una):`,
    noOutput: "El programa no imprimió nada.",
    omitted: (n: number) => `… ${n} líneas más …`,
    noNewline: "(sin salto de línea final)",
    expected: "Esperado",
    actual: "Obtenido",
    hint: "Pista",
    lines: "líneas",
    outputLines: "Líneas de la salida",
    undecided: "sin decidir",
    advice: "Sugerencia",
    skipped: "no se aplica",
    notEvaluated: (n: number) => `${n} ${n === 1 ? "comprobación no evaluada" : "comprobaciones no evaluadas"}: necesitan que el programa llegue a su final.`,
    traceback: "Error del programa:",
    stacks: "Dónde estaba cada hilo al detenerlo:",
    stderr: "Salida de errores (stderr):",
    notes: "Notas:",
    attempts: (n: number) => `Se ejecutó ${n} veces porque la máquina estaba tan cargada que los tiempos no decidían; se califica la última.`,
    verdict: VERDICT_WORD.es,
    summary: (p: number, t: number, pct: number) => `${p} de ${t} puntos (${pct} %)`,
    next: (verdict: Verdict, id: string) =>
      verdict === "pass"
        ? `¡Bien hecho! Sigue con \`pytutor list\` para elegir el siguiente.`
        : verdict === "undecided"
          ? `Vuelve a ejecutar \`pytutor check ${id}\` cuando la máquina esté menos cargada.`
          : `Corrige lo marcado con ✗ y vuelve a ejecutar \`pytutor check ${id}\`. ¿Atascado? \`pytutor hint ${id}\``,
    took: (s: string) => `tardó ${s} s`,
    near: (line: number) => `ninguna igual; la más parecida es la línea ${line}, y difiere donde marca ^:`,
    nearHere: "aquí",
    nearEnd: "aquí acaba tu línea",
    // The short report.
    first: "Lo primero",
    whatHappened: "Qué pasó",
    alsoFailing: "También sin superar:",
    more: (n: number) => `… y ${count(n, "comprobación más", "comprobaciones más")}`,
    passedLine: (p: number, t: number) => `${p} de ${t} ${t === 1 ? "comprobación superada" : "comprobaciones superadas"}`,
    adviceCount: (n: number) => count(n, "sugerencia", "sugerencias"),
    skippedCount: (n: number) => `${n} no se ${n === 1 ? "aplica" : "aplican"}`,
    unevaluatedCount: (n: number) => `${n} sin evaluar (el programa no llegó al final)`,
    moreAdvice: (n: number) => `… y ${count(n, "sugerencia más", "sugerencias más")} (\`--detalle\`)`,
    error: "Error del programa",
    at: (file: string, line: number) => `${file}, línea ${line}`,
    shortNext: (verdict: Verdict, id: string) =>
      verdict === "pass"
        ? [`¡Bien hecho! Sigue con \`pytutor list\` para elegir el siguiente.`]
        : verdict === "undecided"
          ? [`Vuelve a ejecutar \`pytutor check ${id}\` cuando la máquina esté menos cargada.`]
          : [`Corrige «Lo primero» y vuelve a ejecutar \`pytutor check ${id}\`.`, `Todo el detalle: \`pytutor check ${id} --detalle\` · ¿Atascado? \`pytutor hint ${id}\``],
  },
  en: {
    output: (n: number) => `Program output (${n} ${n === 1 ? "line" : "lines"}, with the second each appeared):`,
    noOutput: "The program printed nothing.",
    omitted: (n: number) => `… ${n} more lines …`,
    noNewline: "(no final newline)",
    expected: "Expected",
    actual: "Got",
    hint: "Hint",
    lines: "lines",
    outputLines: "Output lines",
    undecided: "undecided",
    advice: "Suggestion",
    skipped: "does not apply",
    notEvaluated: (n: number) => `${n} ${n === 1 ? "check" : "checks"} not evaluated: they need the program to reach its end.`,
    traceback: "The program's error:",
    stacks: "Where each thread was when it was stopped:",
    stderr: "Error output (stderr):",
    notes: "Notes:",
    attempts: (n: number) => `It ran ${n} times because the machine was so loaded that timing could not decide; the last run is graded.`,
    verdict: VERDICT_WORD.en,
    summary: (p: number, t: number, pct: number) => `${p} of ${t} points (${pct}%)`,
    next: (verdict: Verdict, id: string) =>
      verdict === "pass"
        ? "Well done! Run `pytutor list` to pick the next one."
        : verdict === "undecided"
          ? `Run \`pytutor check ${id}\` again when the machine is less loaded.`
          : `Fix what is marked ✗ and run \`pytutor check ${id}\` again. Stuck? \`pytutor hint ${id}\``,
    took: (s: string) => `took ${s} s`,
    near: (line: number) => `none the same; the closest is line ${line}, and it differs where ^ points:`,
    nearHere: "here",
    nearEnd: "your line ends here",
    first: "First",
    whatHappened: "What happened",
    alsoFailing: "Also not passed:",
    more: (n: number) => `… and ${count(n, "more check", "more checks")}`,
    passedLine: (p: number, t: number) => `${p} of ${t} ${t === 1 ? "check" : "checks"} passed`,
    adviceCount: (n: number) => count(n, "suggestion", "suggestions"),
    skippedCount: (n: number) => `${n} ${n === 1 ? "does" : "do"} not apply`,
    unevaluatedCount: (n: number) => `${n} not evaluated (the program did not reach its end)`,
    moreAdvice: (n: number) => `… and ${count(n, "more suggestion", "more suggestions")} (\`--verbose\`)`,
    error: "The program's error",
    at: (file: string, line: number) => `${file}, line ${line}`,
    shortNext: (verdict: Verdict, id: string) =>
      verdict === "pass"
        ? ["Well done! Run `pytutor list` to pick the next one."]
        : verdict === "undecided"
          ? [`Run \`pytutor check ${id}\` again when the machine is less loaded.`]
          : [`Fix «First» and run \`pytutor check ${id}\` again.`, `All the detail: \`pytutor check ${id} --verbose\` · Stuck? \`pytutor hint ${id}\``],
  },
};

// How a report is laid out: `width` columns (Infinity: no wrapping, as in a
// pipe); `outputShown`: the output was already shown live above the report,
// so it is not listed again and the checks name the lines they are about;
// `stacks`: where each thread was when a hung program was stopped, in the
// learner's terms (src/report/stacks.ts).
export type ReportView = { width?: number; outputShown?: boolean; stacks?: ThreadStack[] };

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((l) => prefix + l)
    .join("\n");
}

function lineList(lines: number[]): string {
  return lines.length <= 12 ? lines.join(", ") : `${lines.slice(0, 12).join(", ")}, …`;
}

// A near miss: the learner's line with the first differing character marked,
// in colour and with a caret under it (which reads without colour too).
export function nearMissLines(near: NearMiss, lang: Lang, c: ChalkInstance, width: number, pad = "    "): string[] {
  const t = L[lang];
  const chars = Array.from(near.text);
  let at = Array.from(near.text.slice(0, near.at)).length;
  // A long line is shown from shortly before the difference.
  const room = Number.isFinite(width) ? Math.max(20, width - pad.length - 6) : Infinity;
  let start = 0;
  while (start < at && displayWidth(visible(chars.slice(start, at).join(""))) > room - 12) start++;
  let end = chars.length;
  while (end > at + 1 && displayWidth(visible(chars.slice(start, end).join(""))) > room) end--;
  const lead = start > 0 ? "…" : "";
  const tail = end < chars.length ? "…" : "";
  at = Math.min(at, chars.length);
  const before = visible(chars.slice(start, at).join(""));
  // A space stays a space here (visible() would draw a line-final one as «·»): the caret shows it.
  const differing = at < chars.length ? (chars[at] === " " ? " " : visible(chars[at] ?? "")) : "";
  const after = visible(chars.slice(at + 1, end).join(""));
  const open = `${pad}  «${lead}`;
  const caret = " ".repeat(displayWidth(open) + displayWidth(before));
  const label = `${pad}${t.actual}: `;
  const intro = Number.isFinite(width) ? wrap(t.near(near.line), width, label, `${pad}  `) : [`${label}${t.near(near.line)}`];
  return [
    ...intro.map((l, i) => (i === 0 ? l.replace(`${t.actual}:`, c.dim(`${t.actual}:`)) : l)),
    `${open}${before}${differing ? c.inverse.red(differing) : ""}${after}${tail}»`,
    `${caret}${c.red.bold("^")} ${c.dim(differing ? t.nearHere : t.nearEnd)}`,
  ];
}

// The last line of a traceback and the innermost frame in the learner's file.
function errorSummary(outcome: CheckOutcome, lang: Lang): string | undefined {
  const exception = outcome.record.events.find((e) => e.event === "exception");
  if (!exception || exception.event !== "exception") return undefined;
  const last = exception.traceback.trimEnd().split("\n").at(-1)?.trim() ?? `${exception.type}: ${exception.message}`;
  // The run uses a scratch copy of the file: its frames are known by the file's name.
  const name = outcome.file.split(/[\\/]/).at(-1) ?? outcome.file;
  const own = [...exception.frames].reverse().find((f) => f.file.split(/[\\/]/).at(-1) === name);
  const where = own ? ` (${L[lang].at(name, own.line)})` : "";
  return visible(`${last}${where}`);
}

export function renderCheck(outcome: CheckOutcome, lang: Lang, c: ChalkInstance, view: ReportView = {}): string {
  const t = L[lang];
  const width = view.width ?? Infinity;
  const wrapped = (text: string, first: string, rest: string) => (Number.isFinite(width) ? wrap(text, width, first, rest) : [`${first}${text}`]);
  const { exercise, record, result } = outcome;
  const out: string[] = [];
  out.push(
    ...wrapped(`${c.bold(`pytutor · ${exercise.spec.id}`)} ${c.dim("·")} ${exercise.spec.title[lang]} ${c.dim(`· ${safeText(outcome.file, 300)} · Python ${outcome.python.version} · ${t.took(record.wallSeconds.toFixed(2))}`)}`, "", "  "),
  );
  out.push("");
  // What stopped the program comes first: everything below reads in its light.
  for (const note of result.notes.filter((n) => FIRST_NOTES.has(n.kind))) out.push(...wrapped(safeProse(note.text[lang]), `${c.red.bold("!")} `, "  ").map((l, i) => (i === 0 ? l : l)), "");
  // Where a hung program's threads were, next to why it was stopped.
  const stacks = view.stacks ? renderStacks(view.stacks, lang, c) : [];
  if (stacks.length) out.push(c.bold(t.stacks), ...stacks.map((l) => `    ${l}`), "");
  const failed = result.verdict !== "pass";
  const flagged = new Set(result.checks.filter((r) => r.status !== "pass").flatMap((r) => r.lines ?? []));
  if (!view.outputShown) {
    const markers = new Set<Marker>();
    if (record.stdout.length === 0) out.push(c.dim(t.noOutput));
    else {
      out.push(c.bold(t.output(record.stdout.length)));
      const lines = record.stdout;
      const shown = lines.length <= MAX_SHOWN_LINES ? lines.map((l, i) => [l, i] as const) : [
        ...lines.slice(0, MAX_SHOWN_LINES / 2).map((l, i) => [l, i] as const),
        ...lines.slice(-MAX_SHOWN_LINES / 2).map((l, i) => [l, lines.length - MAX_SHOWN_LINES / 2 + i] as const),
      ];
      let prev = -1;
      for (const [line, i] of shown) {
        if (i !== prev + 1) out.push(c.dim(`      ${t.omitted(i - prev - 1)}`));
        prev = i;
        const num = String(i + 1).padStart(4);
        const raw = line.text.length > 300 ? `${line.text.slice(0, 300)}…` : line.text;
        markersIn(raw, markers);
        const mark = failed && flagged.has(i + 1) ? c.yellow("›") : " ";
        if (failed && flagged.has(i + 1)) markers.add("flag");
        out.push(`${mark}${c.dim(num)} ${c.dim(`${line.t.toFixed(2).padStart(6)}s`)}  ${visible(raw)}`);
      }
      if (record.stdoutEndsWithoutNewline) out.push(c.dim(`      ${t.noNewline}`));
      out.push(...keyLines(markers, lang, Number.isFinite(width) ? width : 100).map((l) => c.dim(l)));
    }
    out.push("");
  }
  const incomplete = result.checks.filter((r) => r.status === "skipped" && r.skip === "incomplete");
  for (const check of result.checks) {
    if (check.status === "skipped" && check.skip === "incomplete") continue;
    if (check.advice) {
      if (check.status === "fail") {
        out.push(...wrapped(check.title[lang], `${c.cyan("➜")} ${c.cyan(`${t.advice}:`)} `, "    "));
        if (check.actual) out.push(...wrapped(safeProse(check.actual[lang]), `    ${c.dim(`${t.actual}:`)} `, "      "));
        if (check.hint) out.push(...wrapped(check.hint[lang], `    ${c.cyan(`${t.hint}:`)} `, "      "));
      }
      continue;
    }
    const icon = check.status === "pass" ? c.green("✓") : check.status === "fail" ? c.red("✗") : check.status === "undecided" ? c.yellow("?") : c.dim("·");
    const pts = c.dim(`(${check.earned}/${check.points})`);
    if (check.status === "skipped") {
      out.push(`${icon} ${c.dim(check.title[lang])} ${c.dim(`— ${safeProse(check.reason?.[lang] ?? t.skipped)}`)}`);
      continue;
    }
    out.push(...wrapped(`${check.title[lang]} ${pts}${check.status === "undecided" ? c.yellow(` ${t.undecided}`) : ""}`, `${icon} `, "  "));
    if (check.status === "pass") continue;
    if (check.status === "undecided") {
      if (check.reason) out.push(...wrapped(safeProse(check.reason[lang]), "    ", "    "));
      continue;
    }
    if (check.expected) out.push(...wrapped(safeProse(check.expected[lang]), `    ${c.dim(`${t.expected}:`)} `, "      "));
    if (check.near) out.push(...nearMissLines(check.near, lang, c, width));
    else if (check.actual) out.push(...wrapped(c.red(safeProse(check.actual[lang])), `    ${c.dim(`${t.actual}:`)} `, "      "));
    if (view.outputShown && check.lines?.length) out.push(`    ${c.dim(`${t.outputLines}: ${lineList(check.lines)}`)}`);
    if (check.hint) out.push(...wrapped(check.hint[lang], `    ${c.cyan(`${t.hint}:`)} `, "      "));
  }
  if (incomplete.length > 0) out.push(c.dim(`· ${t.notEvaluated(incomplete.length)}`));
  const exception = record.events.find((e) => e.event === "exception");
  if (exception && exception.event === "exception") {
    out.push("", c.bold(t.traceback), indent(c.red(visibleBlock(withoutProbeFrames(exception.traceback).trimEnd())), "    "));
  } else if (record.stderr.trim() && (record.exitCode !== 0 || failed)) {
    const tail = withoutProbeFrames(record.stderr).trimEnd().split("\n").slice(-20).join("\n");
    out.push("", c.bold(t.stderr), indent(c.red(visibleBlock(tail)), "    "));
  }
  const later = result.notes.filter((n) => !FIRST_NOTES.has(n.kind));
  if (later.length > 0 || outcome.attempts > 1) {
    out.push("", c.bold(t.notes));
    for (const note of later) out.push(...wrapped(`${safeProse(note.text[lang])}${note.lines ? c.dim(` (${t.lines} ${note.lines.join(", ")})`) : ""}`, `  ${c.yellow("!")} `, "    "));
    if (outcome.attempts > 1) out.push(...wrapped(t.attempts(outcome.attempts), `  ${c.yellow("!")} `, "    "));
  }
  const pct = Math.round(result.score * 100);
  const verdict = t.verdict[result.verdict];
  const colour = result.verdict === "pass" ? c.green.bold : result.verdict === "undecided" ? c.yellow.bold : c.red.bold;
  out.push("", `${colour(verdict)} ${c.dim("·")} ${t.summary(result.points.earned, result.points.total, pct)}`, ...wrapped(t.next(result.verdict, exercise.spec.id), "", "").map((l) => c.dim(l)));
  return out.join("\n");
}

// How much of each part the short report may use; shrunk until it fits.
// `otherLines`: lines for each other failure's title; `advice`: suggestions shown.
type Budget = { notes: number; actual: number; expected: number; hint: number; others: number; otherLines: number; stacks: number; advice: number };
const BUDGETS: Budget[] = [
  { notes: 3, actual: 3, expected: 2, hint: 3, others: 6, otherLines: 2, stacks: 4, advice: 3 },
  { notes: 3, actual: 3, expected: 2, hint: 3, others: 4, otherLines: 2, stacks: 3, advice: 2 },
  { notes: 3, actual: 3, expected: 2, hint: 3, others: 4, otherLines: 1, stacks: 3, advice: 1 },
  { notes: 2, actual: 2, expected: 1, hint: 3, others: 3, otherLines: 1, stacks: 3, advice: 1 },
  { notes: 2, actual: 2, expected: 1, hint: 2, others: 2, otherLines: 1, stacks: 2, advice: 0 },
  { notes: 1, actual: 2, expected: 0, hint: 2, others: 1, otherLines: 1, stacks: 2, advice: 0 },
  { notes: 1, actual: 1, expected: 0, hint: 2, others: 1, otherLines: 1, stacks: 1, advice: 0 },
];

export function renderShort(outcome: CheckOutcome, lang: Lang, c: ChalkInstance, view: ReportView & { width: number }): string {
  let lines: string[] = [];
  for (const budget of BUDGETS) {
    lines = shortLines(outcome, lang, c, view, budget);
    if (lines.length <= SHORT_MAX_ROWS) break;
  }
  return lines.join("\n");
}

function shortLines(outcome: CheckOutcome, lang: Lang, c: ChalkInstance, view: ReportView & { width: number }, budget: Budget): string[] {
  const t = L[lang];
  const { width } = view;
  const { exercise, record, result } = outcome;
  const id = exercise.spec.id;
  const out: string[] = [];
  const pct = Math.round(result.score * 100);
  const icon = VERDICT_ICON[result.verdict];
  const colour = result.verdict === "pass" ? c.green.bold : result.verdict === "undecided" ? c.yellow.bold : c.red.bold;
  const verdict = `${icon} ${t.verdict[result.verdict]}`;
  // As many of these as fit the line, whole, in this order.
  let rest = "";
  for (const part of [t.summary(result.points.earned, result.points.total, pct), id, t.took(record.wallSeconds.toFixed(2)), `Python ${outcome.python.version}`]) {
    if (displayWidth(verdict) + displayWidth(`${rest} · ${part}`) > width) break;
    rest += ` · ${part}`;
  }
  out.push(`${colour(verdict)}${c.dim(rest)}`);
  for (const note of result.notes.filter((n) => FIRST_NOTES.has(n.kind))) out.push(...wrapAtMost(safeProse(note.text[lang]), width, budget.notes, `${c.red.bold("!")} `, "  "));
  // A hung program: where each thread was, its innermost line (all of it with --detalle).
  const stacks = view.stacks ? briefStacks(view.stacks, lang, c, budget.stacks, width - 4) : [];
  if (stacks.length) out.push(`  ${c.bold(t.stacks)}`, ...stacks.map((l) => `    ${l}`));

  const counted = result.checks.filter((r) => !r.advice && r.status !== "skipped");
  const open = counted.filter((r) => r.status === "fail" || r.status === "undecided");
  const first = leadingFailure(open);
  // A crash's note already says the error and where; otherwise (a thread's
  // exception the program survived) it is said once here.
  const error = result.notes.some((n) => n.kind === "crash") ? undefined : errorSummary(outcome, lang);
  if (first) {
    out.push("");
    const mark = first.status === "fail" ? c.red("✗") : c.yellow("?");
    out.push(...wrapAtMost(first.title[lang], width, 2, `${mark} ${c.bold(`${t.first}:`)} `, "    ").map((l, i) => (i === 0 ? l : l)));
    out.push(...firstDetail(first, lang, c, width, budget, view.outputShown ?? false));
  }
  if (error) out.push(...wrapAtMost(error, width, 2, `  ${c.red(`${t.error}:`)} `, "    "));
  const others = open.filter((r) => r !== first);
  if (others.length > 0) {
    out.push("", c.bold(t.alsoFailing));
    const shown = others.length <= budget.others ? others : others.slice(0, Math.max(1, budget.others - 1));
    for (const r of shown) {
      const mark = r.status === "fail" ? c.red("✗") : c.yellow("?");
      const title = `${r.title[lang]}${r.status === "undecided" ? ` (${t.undecided})` : ""}`;
      out.push(...(budget.otherLines > 1 ? wrapAtMost(title, width, budget.otherLines, `  ${mark} `, "    ") : [`  ${mark} ${cutWords(title, width - 4)}`]));
    }
    if (shown.length < others.length) out.push(c.dim(`    ${t.more(others.length - shown.length)}`));
  }
  const passed = counted.filter((r) => r.status === "pass").length;
  const advice = result.checks.filter((r) => r.advice && r.status === "fail");
  const notApplicable = result.checks.filter((r) => r.status === "skipped" && r.skip !== "incomplete").length;
  const unevaluated = result.checks.filter((r) => r.status === "skipped" && r.skip === "incomplete").length;
  const tally = [`${passed > 0 ? c.green("✓") : c.dim("✓")} ${t.passedLine(passed, counted.length)}`];
  if (unevaluated > 0) tally.push(c.dim(t.unevaluatedCount(unevaluated)));
  if (notApplicable > 0) tally.push(c.dim(t.skippedCount(notApplicable)));
  // On as many lines as the width needs, broken only between its items.
  const tallyLines = [tally[0] as string];
  for (const item of tally.slice(1)) {
    const joined = `${tallyLines[tallyLines.length - 1] as string}${c.dim(" · ")}${item}`;
    if (displayWidth(joined) <= width) tallyLines[tallyLines.length - 1] = joined;
    else tallyLines.push(`  ${item}`);
  }
  out.push("", ...tallyLines);
  // Suggestions (they count no points): one line each, as room allows.
  const tips = advice.slice(0, result.verdict === "pass" ? 3 : budget.advice);
  for (const r of tips) out.push(`${c.cyan("➜")} ${cutWords(`${t.advice}: ${r.title[lang]}`, width - 2)}`);
  if (advice.length > tips.length) out.push(c.dim(`  ${t.moreAdvice(advice.length - tips.length)}`));
  if (outcome.attempts > 1) out.push(...wrapAtMost(t.attempts(outcome.attempts), width, 2, `${c.yellow("!")} `, "  "));
  out.push("", ...t.shortNext(result.verdict, id).flatMap((l) => wrap(l, width)).map((l) => c.dim(l)));
  return out;
}

// Checks on the shape of what was printed: when one of them fails together
// with a check on what the program did, the printing is usually the symptom.
const PRINTED_TYPES = new Set(["line", "lines", "order", "numbers", "number", "final-line", "last", "item-order", "pairs", "shape", "shows", "printed", "output", "line-times"]);

// The first thing to fix: a crash or error output first (everything else reads
// in its light), then what the program did, then what it printed; in the
// spec's order within each, failures before undecided checks.
export function leadingFailure(open: CheckResult[]): CheckResult | undefined {
  const rank = (r: CheckResult) => (r.type === "exit-code" || r.type === "stderr-clean" ? 0 : PRINTED_TYPES.has(r.type) ? 2 : 1) + (r.status === "fail" ? 0 : 10);
  let best: CheckResult | undefined;
  for (const r of open) if (!best || rank(r) < rank(best)) best = r;
  return best;
}

function firstDetail(check: CheckResult, lang: Lang, c: ChalkInstance, width: number, budget: Budget, outputShown: boolean): string[] {
  const t = L[lang];
  const out: string[] = [];
  if (check.status === "undecided") {
    if (check.reason) out.push(...wrapAtMost(safeProse(check.reason[lang]), width, budget.actual, "    ", "    "));
    return out;
  }
  // A fact the spec explains: its explanation, in words; the facts' values and
  // the expression they failed are for --detalle.
  if (check.near) out.push(...nearMissLines(check.near, lang, c, width));
  else if (check.why) out.push(...wrapAtMost(check.why[lang], width, budget.actual, `    ${c.dim(`${t.whatHappened}:`)} `, "      "));
  else if (check.actual) out.push(...wrapAtMost(safeProse(check.actual[lang]), width, budget.actual, `    ${c.dim(`${t.whatHappened}:`)} `, "      "));
  if (check.expected && budget.expected > 0 && !check.why) out.push(...wrapAtMost(safeProse(check.expected[lang]), width, budget.expected, `    ${c.dim(`${t.expected}:`)} `, "      "));
  if (outputShown && check.lines?.length) out.push(`    ${c.dim(cut(`${t.outputLines}: ${lineList(check.lines)}`, width - 4))}`);
  if (check.hint) out.push(...wrapAtMost(check.hint[lang], width, budget.hint, `    ${c.cyan(`${t.hint}:`)} `, "      "));
  return out;
}
