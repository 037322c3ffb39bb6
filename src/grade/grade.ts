// grade(spec, record): every check's verdict, the score, and notes that explain
// what happened to the run. Pure: no spawning, no files, no printing.
import type { Check, Spec } from "../spec/schema.js";
import type { RunRecord } from "../runner/record.js";
import { both, type Text } from "../i18n/lang.js";
import { makeContext, type Context } from "./context.js";
import type { CheckResult, GradeResult, Note, Outcome } from "./result.js";
import { specFactNames } from "../spec/facts.js";
import * as out from "./output-checks.js";
import * as run from "./run-checks.js";

function evaluate(ctx: Context, check: Check): Outcome {
  switch (check.type) {
    case "exit-code": return run.exitCodeCheck(ctx, check);
    case "stderr-clean": return run.stderrCleanCheck(ctx, check);
    case "duration": return run.durationCheck(ctx, check);
    case "line-times": return run.lineTimesCheck(ctx, check);
    case "fact": return run.factCheck(ctx, check);
    case "line": return out.lineCheck(ctx, check);
    case "lines": return out.linesCheck(ctx, check);
    case "order": return out.orderCheck(ctx, check);
    case "pairs": return out.pairsCheck(ctx, check);
    case "item-order": return out.itemOrderCheck(ctx, check);
    case "last": return out.lastCheck(ctx, check);
    case "number": return out.numberCheck(ctx, check);
    case "shape": return out.shapeCheck(ctx, check);
    case "numbers": return out.numbersCheck(ctx, check);
  }
}

export function grade(spec: Spec, record: RunRecord): GradeResult {
  const ctx = makeContext(spec, record);
  const extra = specFactNames(spec.probe);
  const checks: CheckResult[] = [];
  const skipped: Array<{ id: string; when: string; unknown: boolean }> = [];
  // The program ended normally, yet the probe never saw its end (os._exit, an
  // exec into another program): what only the end can tell is undecided.
  const endUnseen = endWasUnseen(record);
  for (const check of spec.checks) {
    if (check.when !== undefined) {
      const conditions = typeof check.when === "string" ? [check.when] : check.when;
      const applies = run.evaluateExprs(conditions, run.factLookup(ctx), extra, record.probe.state === "ok");
      // Undecidable with a working probe: a fact this system cannot measure
      // (run.freeCpus, cpu.* off Linux); the check does not apply here either.
      if (applies.status === "fail" || (applies.status === "error" && record.probe.state === "ok")) {
        skipped.push({ id: check.id, when: conditions.join(", "), unknown: applies.status === "error" });
        continue;
      }
    }
    let outcome: Outcome;
    try {
      // A program that interfered with its own grading gets no verdict from it.
      outcome = record.tampered?.length
        ? { status: "error", actual: both("sin calificar: el programa manipuló su propia corrección", "not graded: the program interfered with its own grading") }
        : endUnseen && check.type === "fact"
          ? { status: "error", actual: both("sin decidir: la sonda no vio el final del programa", "undecided: the probe did not see the program's end") }
          : evaluate(ctx, check);
    } catch (error) {
      outcome = { status: "error", actual: both(`error del corrector: ${(error as Error).message}`, `grader error: ${(error as Error).message}`) };
    }
    const result: CheckResult = {
      id: check.id,
      type: check.type,
      status: outcome.status,
      points: check.points,
      earned: outcome.status === "pass" ? check.points : 0,
      title: check.title,
      ...(outcome.expected ? { expected: outcome.expected } : {}),
      ...(outcome.actual ? { actual: outcome.actual } : {}),
      ...(outcome.status === "fail" && check.hint ? { hint: check.hint } : {}),
      ...(outcome.lines?.length ? { lines: outcome.lines } : {}),
    };
    checks.push(result);
  }
  const total = checks.reduce((a, c) => a + c.points, 0);
  const earned = checks.reduce((a, c) => a + c.earned, 0);
  const merged = mergedLines(ctx.lines);
  const passed = checks.every((c) => c.status === "pass");
  return {
    checks,
    passed,
    score: total > 0 ? Math.round((earned / total) * 1000) / 1000 : 0,
    points: { earned, total },
    notes: [...runNotes(record, merged, passed), ...(endUnseen ? [END_UNSEEN] : []), ...skipped.map((s): Note => ({
      kind: "not-applicable",
      text: s.unknown
        ? both(
          `La comprobación «${s.id}» no se aplica aquí (${s.when}: no se puede medir en este sistema).`,
          `The check «${s.id}» does not apply here (${s.when}: cannot be measured on this system).`,
        )
        : both(
          `La comprobación «${s.id}» no se aplica aquí (${s.when} no se cumple en esta máquina).`,
          `The check «${s.id}» does not apply here (${s.when} does not hold on this machine).`,
        ),
    }))],
    interleaved: merged.length > 0,
  };
}

// Lines that two threads wrote into at once (print writes the text and the
// newline separately): the start of some output line appears again glued to
// the end of other text, as in «Iniciando descarga deIniciando descarga de Archivo 1»,
// or a line's own opening words appear twice in it.
const GLUE = 8;
const OWN = 12;

export function mergedLines(lines: string[]): number[] {
  const starts = new Set<string>();
  for (const line of lines) {
    const head = line.trimStart().slice(0, GLUE);
    if (head.length === GLUE && /^\p{L}/u.test(head)) starts.add(head);
  }
  const merged: number[] = [];
  lines.forEach((line, i) => {
    if (line.length > 4000) return;
    const own = line.trimStart().slice(0, OWN);
    const ownRepeats = own.length === OWN && /^\p{L}/u.test(own) && line.indexOf(own, line.indexOf(own) + 1) > 0;
    for (let k = 1; !ownRepeats && k + GLUE <= line.length; k++) {
      const before = line[k - 1] ?? "";
      const head = line.slice(k, k + GLUE);
      // «deIniciando», «1Iniciando», «.)archivo»: glued, not a word that merely ends
      // in the same letters (the «a» of «profunda» is not the start of «a después»).
      const glued = /\p{Lu}/u.test(head[0] ?? "") ? /[\p{L}\p{N}.,:;!?)]/u.test(before) : /[\p{N}.,:;!?)]/u.test(before);
      if (glued && starts.has(head)) {
        merged.push(i + 1);
        return;
      }
    }
    if (ownRepeats) merged.push(i + 1);
  });
  return merged;
}

function endWasUnseen(record: RunRecord): boolean {
  return (
    record.probe.state === "ok" &&
    record.exitCode !== null &&
    record.signal === null &&
    !record.timedOut &&
    !record.outputCapped &&
    !record.limit &&
    !record.events.some((e) => e.event === "end")
  );
}

const END_UNSEEN: Note = {
  kind: "probe-missing",
  text: both(
    "Tu programa terminó sin que la sonda de pytutor viera su final (¿os._exit, o exec de otro programa?): lo que solo se sabe al final queda sin decidir.",
    "Your program ended without pytutor's probe seeing its end (os._exit, or an exec into another program?): what only the end can tell is left undecided.",
  ),
};

const LIMIT_TEXT: Record<NonNullable<RunRecord["limit"]>["limit"], (value: number) => Text> = {
  cpu: (v) => both(`tiempo de CPU (${v} s)`, `CPU time (${v} s)`),
  memory: (v) => both(`memoria (${v} MB)`, `memory (${v} MB)`),
  processes: (v) => both(`procesos a la vez (${v})`, `processes at once (${v})`),
  "file-size": (v) => both(`tamaño de archivo (${v} MB)`, `file size (${v} MB)`),
  "open-files": (v) => both(`archivos abiertos a la vez (${v})`, `open files at once (${v})`),
};

function runNotes(record: RunRecord, merged: number[], passed: boolean): Note[] {
  const notes: Note[] = [];
  if (record.probe.state === "missing") {
    notes.push({
      kind: "probe-missing",
      text: both(
        "No se pudo observar el programa por dentro: la sonda de pytutor no respondió. Las comprobaciones que dependen de ella quedan sin decidir.",
        "The program could not be observed from inside: pytutor's probe did not answer. Checks that depend on it are left undecided.",
      ),
    });
  }
  if (record.timedOut) {
    notes.push({
      kind: "timeout",
      text: both(
        `Tu programa no terminó en ${record.timeoutSeconds} s y se detuvo. Se califica lo que imprimió hasta entonces. ¿Hay un bucle sin fin, un join() que nunca vuelve o un input() esperando?`,
        `Your program did not finish within ${record.timeoutSeconds} s and was stopped. What it printed until then is graded. Is there an endless loop, a join() that never returns, or an input() waiting?`,
      ),
    });
  }
  if (record.tampered?.length) {
    notes.push({
      kind: "tampered",
      text: both(
        `Tu programa intentó influir en su propia corrección (${record.tampered.join("; ")}). No se puede calificar: ninguna comprobación cuenta.`,
        `Your program tried to influence its own grading (${record.tampered.join("; ")}). It cannot be graded: no check counts.`,
      ),
    });
  }
  if (record.limit) {
    const { es, en } = LIMIT_TEXT[record.limit.limit](record.limit.value);
    notes.push({
      kind: "limit",
      text: both(`Tu programa superó el límite de ${es} y se detuvo. Se califica lo que imprimió hasta entonces.`, `Your program went over the limit of ${en} and was stopped. What it printed until then is graded.`),
    });
  }
  if (record.outputCapped) {
    notes.push({
      kind: "output-capped",
      text: both(
        "Tu programa imprimió demasiado y se detuvo; solo se califica el principio de su salida.",
        "Your program printed too much and was stopped; only the beginning of its output is graded.",
      ),
    });
  }
  const exception = record.events.find((e) => e.event === "exception");
  if (exception && exception.event === "exception") {
    const waiting = exception.type === "EOFError";
    notes.push({
      kind: waiting ? "waiting-input" : "crash",
      text: waiting
        ? both(
            "Tu programa pidió datos con input(), pero este ejercicio no da ninguna entrada: el programa debe funcionar sin preguntar nada.",
            "Your program asked for data with input(), but this exercise gives no input: the program must work without asking anything.",
          )
        : both(
            `Tu programa terminó con un error ${exception.type}${exception.thread && exception.thread !== "MainThread" ? ` en el hilo ${exception.thread}` : ""}: ${exception.message}`,
            `Your program ended with an error ${exception.type}${exception.thread && exception.thread !== "MainThread" ? ` in thread ${exception.thread}` : ""}: ${exception.message}`,
          ),
    });
  } else if (record.signal && !record.timedOut && !record.outputCapped && !record.limit) {
    notes.push({ kind: "killed", text: both(`Tu programa terminó por la señal ${record.signal}.`, `Your program was ended by signal ${record.signal}.`) });
  }
  if (merged.length > 0 && !passed) {
    notes.push({
      kind: "interleaved",
      lines: merged,
      text: both(
        "Dos hilos escribieron a la vez en la misma línea: escribir un texto y su salto de línea son dos operaciones, y otro hilo puede colarse entre ellas. Es una carrera real; pytutor vuelve a ejecutar el programa para no penalizarla, pero si quieres evitarla escribe cada línea de una sola vez (un único print por línea, o protégelo con un Lock).",
        "Two threads wrote into the same line at once: writing a text and its newline are two operations, and another thread can slip in between. It is a real race; pytutor runs the program again so as not to penalise it, but to avoid it write each line in one go (one print per line, or guard it with a Lock).",
      ),
    });
  }
  if (record.invalidUtf8) {
    notes.push({
      kind: "invalid-utf8",
      text: both("La salida tenía bytes que no son UTF-8; se muestran como �.", "The output had bytes that are not UTF-8; they are shown as �."),
    });
  }
  return notes;
}
