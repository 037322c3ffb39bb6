// The learner's report in a terminal: each check ✓/✗ with what was expected,
// what happened and a hint; the program's output with timestamps; notes.
import type { ChalkInstance } from "chalk";
import type { Lang } from "../i18n/lang.js";
import type { CheckOutcome } from "../check/check-exercise.js";
import { visible } from "../grade/normalize.js";

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
    error: "sin decidir",
    traceback: "Error del programa:",
    stacks: "Dónde estaba cada hilo al detenerlo:",
    stderr: "Salida de errores (stderr):",
    notes: "Notas:",
    attempts: (n: number) => `Se ejecutó ${n} veces porque la salida se mezcló entre hilos; se califica la última.`,
    verdict: (ok: boolean, error: boolean) => (error ? "SIN DECIDIR" : ok ? "SUPERADO" : "NO SUPERADO"),
    summary: (p: number, t: number, pct: number) => `${p} de ${t} puntos (${pct} %)`,
    next: (ok: boolean, id: string) =>
      ok ? `¡Bien hecho! Sigue con \`pytutor list\` para elegir el siguiente.` : `Corrige lo marcado con ✗ y vuelve a ejecutar \`pytutor check ${id}\`. ¿Atascado? \`pytutor hint ${id}\``,
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
    error: "undecided",
    traceback: "The program's error:",
    stacks: "Where each thread was when it was stopped:",
    stderr: "Error output (stderr):",
    notes: "Notes:",
    attempts: (n: number) => `It ran ${n} times because threads garbled the output; the last run is graded.`,
    verdict: (ok: boolean, error: boolean) => (error ? "UNDECIDED" : ok ? "PASSED" : "NOT PASSED"),
    summary: (p: number, t: number, pct: number) => `${p} of ${t} points (${pct}%)`,
    next: (ok: boolean, id: string) =>
      ok ? "Well done! Run `pytutor list` to pick the next one." : `Fix what is marked ✗ and run \`pytutor check ${id}\` again. Stuck? \`pytutor hint ${id}\``,
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
  for (const check of result.checks) {
    const icon = check.status === "pass" ? c.green("✓") : check.status === "fail" ? c.red("✗") : c.yellow("?");
    const pts = c.dim(`(${check.earned}/${check.points})`);
    out.push(`${icon} ${check.title[lang]} ${pts}${check.status === "error" ? c.yellow(` ${t.error}`) : ""}`);
    if (check.status === "pass") continue;
    if (check.expected) out.push(`    ${c.dim(`${t.expected}:`)} ${check.expected[lang]}`);
    if (check.actual) out.push(`    ${c.dim(`${t.actual}:`)} ${check.status === "fail" ? c.red(check.actual[lang]) : check.actual[lang]}`);
    if (check.hint) out.push(`    ${c.cyan(`${t.hint}:`)} ${check.hint[lang]}`);
  }
  const exception = record.events.find((e) => e.event === "exception");
  if (exception && exception.event === "exception") {
    out.push("", c.bold(t.traceback), indent(c.red(exception.traceback.trimEnd()), "    "));
  } else if (record.stderr.trim() && (record.exitCode !== 0 || failed)) {
    const tail = record.stderr.trimEnd().split("\n").slice(-20).join("\n");
    out.push("", c.bold(t.stderr), indent(c.red(tail), "    "));
  }
  if (record.stacksAtTimeout) {
    const stacks = record.stacksAtTimeout.trimEnd().split("\n").slice(0, 40).join("\n");
    out.push("", c.bold(t.stacks), indent(c.dim(stacks), "    "));
  }
  if (result.notes.length > 0 || outcome.attempts > 1) {
    out.push("", c.bold(t.notes));
    for (const note of result.notes) out.push(`  ${c.yellow("!")} ${note.text[lang]}${note.lines ? c.dim(` (${t.lines} ${note.lines.join(", ")})`) : ""}`);
    if (outcome.attempts > 1) out.push(`  ${c.yellow("!")} ${t.attempts(outcome.attempts)}`);
  }
  const anyError = result.checks.some((r) => r.status === "error");
  const pct = Math.round(result.score * 100);
  const verdict = t.verdict(result.passed, anyError);
  out.push(
    "",
    `${result.passed ? c.green.bold(verdict) : anyError ? c.yellow.bold(verdict) : c.red.bold(verdict)} ${c.dim("·")} ${t.summary(result.points.earned, result.points.total, pct)}`,
    c.dim(t.next(result.passed, exercise.spec.id)),
  );
  return out.join("\n");
}
