// The learner's report in a terminal: each check ✓/✗ with what was expected,
// what happened and a hint; the program's output with timestamps; notes.
import type { ChalkInstance } from "chalk";
import type { Lang } from "../i18n/lang.js";
import type { CheckOutcome } from "../check/check-exercise.js";
import { visible } from "../grade/normalize.js";
import type { NoteKind, Verdict } from "../grade/result.js";

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
    undecided: "sin decidir",
    advice: "Sugerencia",
    skipped: "no se aplica",
    notEvaluated: (n: number) => `${n} ${n === 1 ? "comprobación no evaluada" : "comprobaciones no evaluadas"}: necesitan que el programa llegue a su final.`,
    traceback: "Error del programa:",
    stacks: "Dónde estaba cada hilo al detenerlo:",
    stderr: "Salida de errores (stderr):",
    notes: "Notas:",
    attempts: (n: number) => `Se ejecutó ${n} veces porque la máquina estaba tan cargada que los tiempos no decidían; se califica la última.`,
    verdict: { pass: "SUPERADO", fail: "NO SUPERADO", undecided: "SIN DECIDIR" } as Record<Verdict, string>,
    summary: (p: number, t: number, pct: number) => `${p} de ${t} puntos (${pct} %)`,
    next: (verdict: Verdict, id: string) =>
      verdict === "pass"
        ? `¡Bien hecho! Sigue con \`pytutor list\` para elegir el siguiente.`
        : verdict === "undecided"
          ? `Vuelve a ejecutar \`pytutor check ${id}\` cuando la máquina esté menos cargada.`
          : `Corrige lo marcado con ✗ y vuelve a ejecutar \`pytutor check ${id}\`. ¿Atascado? \`pytutor hint ${id}\``,
    took: (s: string) => `tardó ${s} s`,
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
    undecided: "undecided",
    advice: "Suggestion",
    skipped: "does not apply",
    notEvaluated: (n: number) => `${n} ${n === 1 ? "check" : "checks"} not evaluated: they need the program to reach its end.`,
    traceback: "The program's error:",
    stacks: "Where each thread was when it was stopped:",
    stderr: "Error output (stderr):",
    notes: "Notes:",
    attempts: (n: number) => `It ran ${n} times because the machine was so loaded that timing could not decide; the last run is graded.`,
    verdict: { pass: "PASSED", fail: "NOT PASSED", undecided: "UNDECIDED" } as Record<Verdict, string>,
    summary: (p: number, t: number, pct: number) => `${p} of ${t} points (${pct}%)`,
    next: (verdict: Verdict, id: string) =>
      verdict === "pass"
        ? "Well done! Run `pytutor list` to pick the next one."
        : verdict === "undecided"
          ? `Run \`pytutor check ${id}\` again when the machine is less loaded.`
          : `Fix what is marked ✗ and run \`pytutor check ${id}\` again. Stuck? \`pytutor hint ${id}\``,
    took: (s: string) => `took ${s} s`,
  },
};

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((l) => prefix + l)
    .join("\n");
}

export function renderCheck(outcome: CheckOutcome, lang: Lang, c: ChalkInstance): string {
  const t = L[lang];
  const { exercise, record, result } = outcome;
  const out: string[] = [];
  out.push(
    `${c.bold(`pytutor · ${exercise.spec.id}`)} ${c.dim("·")} ${exercise.spec.title[lang]} ${c.dim(`· ${outcome.file} · Python ${outcome.python.version} · ${t.took(record.wallSeconds.toFixed(2))}`)}`,
  );
  out.push("");
  // What stopped the program comes first: everything below reads in its light.
  for (const note of result.notes.filter((n) => FIRST_NOTES.has(n.kind))) out.push(`${c.red.bold("!")} ${c.bold(note.text[lang])}`, "");
  const failed = !result.passed;
  const flagged = new Set(result.checks.filter((r) => r.status !== "pass").flatMap((r) => r.lines ?? []));
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
      const text = visible(line.text.length > 300 ? `${line.text.slice(0, 300)}…` : line.text);
      const mark = failed && flagged.has(i + 1) ? c.yellow("›") : " ";
      out.push(`${mark}${c.dim(num)} ${c.dim(`${line.t.toFixed(2).padStart(6)}s`)}  ${text}`);
    }
    if (record.stdoutEndsWithoutNewline) out.push(c.dim(`      ${t.noNewline}`));
  }
  out.push("");
  const incomplete = result.checks.filter((r) => r.status === "skipped" && r.skip === "incomplete");
  for (const check of result.checks) {
    if (check.status === "skipped" && check.skip === "incomplete") continue;
    if (check.advice) {
      if (check.status === "fail") {
        out.push(`${c.cyan("➜")} ${c.cyan(`${t.advice}:`)} ${check.title[lang]}`);
        if (check.actual) out.push(`    ${c.dim(`${t.actual}:`)} ${check.actual[lang]}`);
        if (check.hint) out.push(`    ${c.cyan(`${t.hint}:`)} ${check.hint[lang]}`);
      }
      continue;
    }
    const icon = check.status === "pass" ? c.green("✓") : check.status === "fail" ? c.red("✗") : check.status === "undecided" ? c.yellow("?") : c.dim("·");
    const pts = c.dim(`(${check.earned}/${check.points})`);
    if (check.status === "skipped") {
      out.push(`${icon} ${c.dim(check.title[lang])} ${c.dim(`— ${check.reason?.[lang] ?? t.skipped}`)}`);
      continue;
    }
    out.push(`${icon} ${check.title[lang]} ${pts}${check.status === "undecided" ? c.yellow(` ${t.undecided}`) : ""}`);
    if (check.status === "pass") continue;
    if (check.status === "undecided") {
      if (check.reason) out.push(`    ${check.reason[lang]}`);
      continue;
    }
    if (check.expected) out.push(`    ${c.dim(`${t.expected}:`)} ${check.expected[lang]}`);
    if (check.actual) out.push(`    ${c.dim(`${t.actual}:`)} ${c.red(check.actual[lang])}`);
    if (check.hint) out.push(`    ${c.cyan(`${t.hint}:`)} ${check.hint[lang]}`);
  }
  if (incomplete.length > 0) out.push(c.dim(`· ${t.notEvaluated(incomplete.length)}`));
  const exception = record.events.find((e) => e.event === "exception");
  if (exception && exception.event === "exception") {
    out.push("", c.bold(t.traceback), indent(c.red(withoutProbeFrames(exception.traceback).trimEnd()), "    "));
  } else if (record.stderr.trim() && (record.exitCode !== 0 || failed)) {
    const tail = withoutProbeFrames(record.stderr).trimEnd().split("\n").slice(-20).join("\n");
    out.push("", c.bold(t.stderr), indent(c.red(tail), "    "));
  }
  if (record.stacksAtTimeout) {
    const stacks = record.stacksAtTimeout.trimEnd().split("\n").slice(0, 40).join("\n");
    out.push("", c.bold(t.stacks), indent(c.dim(stacks), "    "));
  }
  const later = result.notes.filter((n) => !FIRST_NOTES.has(n.kind));
  if (later.length > 0 || outcome.attempts > 1) {
    out.push("", c.bold(t.notes));
    for (const note of later) out.push(`  ${c.yellow("!")} ${note.text[lang]}${note.lines ? c.dim(` (${t.lines} ${note.lines.join(", ")})`) : ""}`);
    if (outcome.attempts > 1) out.push(`  ${c.yellow("!")} ${t.attempts(outcome.attempts)}`);
  }
  const pct = Math.round(result.score * 100);
  const verdict = t.verdict[result.verdict];
  const colour = result.verdict === "pass" ? c.green.bold : result.verdict === "undecided" ? c.yellow.bold : c.red.bold;
  out.push(
    "",
    `${colour(verdict)} ${c.dim("·")} ${t.summary(result.points.earned, result.points.total, pct)}`,
    c.dim(t.next(result.verdict, exercise.spec.id)),
  );
  return out.join("\n");
}
