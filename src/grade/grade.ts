// grade(spec, record): every check's outcome, the verdict, the score, and notes
// that say what happened to the run. Pure: no spawning, no files, no printing.
import type { Check, Spec } from "../catalog/schema.js";
import type { RunRecord } from "../runner/record.js";
import { both, type Text } from "../i18n/lang.js";
import { contextFor, makeContext, type Context } from "./context.js";
import type { CheckResult, GradeResult, Note, Outcome } from "./result.js";
import { specFactNames } from "../catalog/facts.js";
import * as out from "./output-checks.js";
import * as run from "./run-checks.js";
import { elapsedCheck, finalLineCheck, starvation, workersCheck } from "./worker-checks.js";
import { gradeResult, verdictOf } from "./verdict.js";
import { printedCheck, showsCheck } from "./printed-checks.js";
import { completion, leftEarly } from "./completion.js";
import { outputCheck } from "./whole-output.js";
import { cannotMeasure, unmeasurableHere } from "./capability.js";

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
    case "workers": return workersCheck(ctx, check);
    case "final-line": return finalLineCheck(ctx, check);
    case "elapsed": return elapsedCheck(ctx, check);
    case "printed": return printedCheck(ctx, check);
    case "shows": return showsCheck(ctx, check);
    case "output": return outputCheck(ctx, check);
  }
}

// A wait that overran what it asked by this much means the machine starved
// the program of CPU: a check only timing could decide is then undecided.
export const STARVED_SECONDS = 0.25;

export function grade(spec: Spec, record: RunRecord): GradeResult {
  const ctx = makeContext(spec, record);
  const extra = specFactNames(spec.probe);
  const done = completion(record);
  const tampered = (record.tampered?.length ?? 0) > 0;
  const overrun = starvation(ctx.model.waits.filter((w) => w.learner));
  const starved = overrun > STARVED_SECONDS;
  let retry = false;
  const checks: CheckResult[] = spec.checks.map((check) => {
    const result = (outcome: Outcome, extraFields: Partial<CheckResult> = {}): CheckResult => ({
      id: check.id,
      type: check.type,
      status: outcome.status,
      advice: check.advice,
      points: check.advice ? 0 : check.points,
      earned: !check.advice && outcome.status === "pass" ? check.points : 0,
      title: check.title,
      ...(outcome.expected ? { expected: outcome.expected } : {}),
      ...(outcome.actual ? { actual: outcome.actual } : {}),
      ...(outcome.reason ? { reason: outcome.reason } : {}),
      ...(outcome.status === "fail" && outcome.hint !== null && (outcome.hint ?? check.hint) ? { hint: outcome.hint ?? check.hint } : {}),
      ...(outcome.lines?.length ? { lines: outcome.lines } : {}),
      ...(outcome.near && outcome.status === "fail" ? { near: outcome.near } : {}),
      ...(outcome.why && outcome.status === "fail" ? { why: outcome.why } : {}),
      ...extraFields,
    });
    if (tampered) {
      return result(
        { status: "skipped", reason: both("no se califica: el programa manipuló su propia corrección", "not graded: the program interfered with its own grading") },
        { skip: "incomplete" },
      );
    }
    // What a complete run might still have shown (or not shown) is not held
    // for or against it.
    const notEvaluated = () =>
      result(
        { status: "skipped", reason: both(`no evaluada: el programa ${done.why?.es ?? "no terminó"}`, `not evaluated: ${done.why?.en ?? "the program did not finish"}`) },
        { skip: "incomplete" },
      );
    if (check.when !== undefined) {
      const conditions = typeof check.when === "string" ? [check.when] : check.when;
      const applies = run.evaluateExprs(conditions, run.factLookup(ctx), extra, record.probe.state === "ok");
      if (applies.status === "fail") {
        return result({ status: "skipped", reason: both(`no se aplica aquí: ${conditions.join(", ")} no se cumple`, `does not apply here: ${conditions.join(", ")} does not hold`) }, { skip: "not-applicable" });
      }
      if (applies.status === "undecided" && !done.complete && check.type !== "exit-code") return notEvaluated();
      if (applies.status === "undecided" && record.probe.state === "ok") {
        const why = unmeasurableHere(check, record);
        const cannot = cannotMeasure(why);
        // A system that cannot measure the condition says so first; otherwise the condition could not be decided on this run.
        const reason = why
          ? both(`${cannot.es}: ${conditions.join(", ")}`, `${cannot.en}: ${conditions.join(", ")}`)
          : both(`no se aplica aquí: ${conditions.join(", ")} ${cannot.es}`, `does not apply here: ${conditions.join(", ")} ${cannot.en}`);
        return result({ status: "skipped", reason }, { skip: "cannot-measure" });
      }
    }
    let outcome: Outcome;
    try {
      outcome = evaluate(contextFor(ctx, check), check);
    } catch (error) {
      outcome = { status: "undecided", reason: both(`error del corrector: ${(error as Error).message}`, `grader error: ${(error as Error).message}`) };
    }
    // A check that something is never shown holds on a run cut short only because the run stopped.
    const absence = (check.type === "line" && check.count?.max === 0) || (check.type === "number" && check.ifShown) || check.type === "elapsed";
    if (!done.complete && check.type !== "exit-code" && absence && outcome.status !== "fail") return notEvaluated();
    if (outcome.status === "skipped") return result(outcome, { skip: "not-applicable" });
    const unmeasurable = outcome.status === "undecided" ? unmeasurableHere(check, record) : undefined;
    if (unmeasurable) return result({ status: "skipped", reason: cannotMeasure(unmeasurable) }, { skip: "cannot-measure" });
    if (outcome.status === "fail" && !done.complete && check.type !== "exit-code") return notEvaluated();
    if (outcome.status === "fail" && outcome.timing && starved) {
      retry = true;
      return result({
        status: "undecided",
        reason: both(
          `sin decidir: la máquina estaba tan cargada que una espera de tu programa se alargó ${overrun.toFixed(2)} s más de lo pedido, y esto solo se puede decidir por los tiempos`,
          `undecided: the machine was so loaded that one of your program's waits ran ${overrun.toFixed(2)} s longer than asked, and only timing can decide this`,
        ),
      });
    }
    return result(outcome);
  });
  const verdict = verdictOf(checks, { complete: done.complete, tampered });
  return gradeResult(verdict, checks, runNotes(record, done, starved ? overrun : undefined), retry && verdict === "undecided");
}

// Where in the student's own file an exception happened, if it says: a file
// named without a folder (the probe shows the learner's files so).
function ownLine(exception: { message: string; frames: Array<{ file: string; line: number }> }): Text | undefined {
  const syntax = /\(([^()/\\]+\.py), line (\d+)\)\s*$/.exec(exception.message);
  const frame = [...exception.frames].reverse().find((f) => !/[\\/]/.test(f.file) && f.file.endsWith(".py"));
  const file = syntax?.[1] ?? frame?.file;
  const line = syntax?.[2] ?? frame?.line;
  if (!file || line === undefined) return undefined;
  return both(` (${file}, línea ${line})`, ` (${file}, line ${line})`);
}

const LIMIT_TEXT: Record<NonNullable<RunRecord["limit"]>["limit"], (value: number) => Text> = {
  cpu: (v) => both(`tiempo de CPU (${v} s)`, `CPU time (${v} s)`),
  memory: (v) => both(`memoria (${v} MB)`, `memory (${v} MB)`),
  processes: (v) => both(`procesos a la vez (${v})`, `processes at once (${v})`),
  "file-size": (v) => both(`tamaño de archivo (${v} MB)`, `file size (${v} MB)`),
  "open-files": (v) => both(`archivos abiertos a la vez (${v})`, `open files at once (${v})`),
};

// What happened to the run, the most important first: what stopped it.
function runNotes(record: RunRecord, done: { complete: boolean }, overrun: number | undefined): Note[] {
  const notes: Note[] = [];
  if (record.tampered?.length) {
    notes.push({
      kind: "tampered",
      text: both(
        `Manipulación: tu programa intentó influir en su propia corrección (${record.tampered.join("; ")}). No se califica: NO SUPERADO.`,
        `Tampering: your program tried to influence its own grading (${record.tampered.join("; ")}). It is not graded: NOT PASSED.`,
      ),
    });
  }
  if (record.timedOut) {
    notes.push({
      kind: "timeout",
      text: both(
        `Tu programa no terminó en ${record.timeoutSeconds} s y se detuvo. Se muestra lo que imprimió hasta entonces; lo que solo se sabría al final no se evalúa. ¿Hay un bucle sin fin, un join() que nunca vuelve o un input() esperando?`,
        `Your program did not finish within ${record.timeoutSeconds} s and was stopped. What it printed until then is shown; what only its end could tell is not evaluated. Is there an endless loop, a join() that never returns, or an input() waiting?`,
      ),
    });
  }
  if (record.limit) {
    const { es, en } = LIMIT_TEXT[record.limit.limit](record.limit.value);
    notes.push({
      kind: "limit",
      text: both(`Tu programa superó el límite de ${es} y se detuvo. Se muestra lo que imprimió hasta entonces.`, `Your program went over the limit of ${en} and was stopped. What it printed until then is shown.`),
    });
  }
  if (record.outputCapped) {
    notes.push({
      kind: "output-capped",
      text: both(
        "Tu programa imprimió demasiado y se detuvo; solo se muestra el principio de su salida.",
        "Your program printed too much and was stopped; only the beginning of its output is shown.",
      ),
    });
  }
  const exception = record.events.find((e) => e.event === "exception");
  if (exception && exception.event === "exception") {
    const waiting = exception.type === "EOFError";
    const where = exception.frames.at(-1);
    const at = where ? both(` (${where.file}, línea ${where.line})`, ` (${where.file}, line ${where.line})`) : both("", "");
    const inThread = exception.thread && exception.thread !== "MainThread";
    notes.push({
      kind: waiting ? "waiting-input" : "crash",
      text: waiting
        ? both(
            "Tu programa pidió datos con input(), pero este ejercicio no da ninguna entrada: el programa debe funcionar sin preguntar nada.",
            "Your program asked for data with input(), but this exercise gives no input: the program must work without asking anything.",
          )
        : both(
            `Tu programa ${inThread ? `tuvo un error en el hilo ${exception.thread}` : "terminó con un error"}: ${exception.type}: ${exception.message}${at.es}`,
            `Your program ${inThread ? `had an error in thread ${exception.thread}` : "ended with an error"}: ${exception.type}: ${exception.message}${at.en}`,
          ),
      ...(waiting
        ? {}
        : {
            // Without the message (it may carry what the program wrote), but
            // with the line of the student's own file: a SyntaxError names it
            // in its message, anything else in its innermost frame.
            brief: both(
              `Tu programa ${inThread ? "tuvo un error en un hilo" : "terminó con un error"}: ${exception.type.slice(0, 60)}${ownLine(exception)?.es ?? ""}`,
              `Your program ${inThread ? "had an error in a thread" : "ended with an error"}: ${exception.type.slice(0, 60)}${ownLine(exception)?.en ?? ""}`,
            ),
          }),
    });
  } else if (record.signal && !record.timedOut && !record.outputCapped && !record.limit) {
    notes.push({ kind: "killed", text: both(`Tu programa terminó por la señal ${record.signal}.`, `Your program was ended by signal ${record.signal}.`) });
  }
  const left = leftEarly(record);
  if (left) {
    notes.push({ kind: "incomplete", text: both(`Tu programa ${left.es}: no se pudo ver su final.`, `Your program: ${left.en}, so its end could not be seen.`) });
  }
  if (!done.complete && notes.length === 0 && record.exitCode === null) {
    notes.push({ kind: "incomplete", text: both("Tu programa no se pudo ejecutar hasta el final.", "Your program could not run to its end.") });
  }
  if (record.probe.state === "missing") {
    notes.push({
      kind: "probe-missing",
      text: both(
        "No se pudo observar el programa por dentro: la sonda de pytutor no respondió. Lo que depende de ella queda sin decidir.",
        "The program could not be observed from inside: pytutor's probe did not answer. What depends on it is left undecided.",
      ),
    });
  }
  if (overrun !== undefined) {
    notes.push({
      kind: "starved",
      text: both(
        `La máquina estaba muy cargada: una espera de tu programa duró ${overrun.toFixed(2)} s más de lo pedido. Lo que solo los tiempos pueden decidir no se da por fallado.`,
        `The machine was heavily loaded: one of your program's waits lasted ${overrun.toFixed(2)} s longer than asked. What only timing can decide is not counted as failed.`,
      ),
    });
  }
  const mixed = record.stdout.flatMap((l, i) => (l.mixed ? [i + 1] : []));
  if (mixed.length > 0) {
    notes.push({
      kind: "interleaved",
      lines: mixed,
      text: both(
        "En la terminal, otro hilo escribió en medio de estas líneas: print escribe el texto y el salto de línea por separado, y otro hilo puede colarse entre ellos. pytutor sabe quién escribió cada trozo y califica cada línea entera; para que también se vean bien, escribe cada línea de una sola vez (un único print con un f-string) o protégela con un Lock.",
        "On the terminal, another thread wrote in the middle of these lines: print writes the text and the newline separately, and another thread can slip in between. pytutor knows who wrote each piece and grades each whole line; for them to look right too, write each line in one go (a single print with an f-string) or guard it with a Lock.",
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
