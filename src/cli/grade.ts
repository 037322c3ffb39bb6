// `pytutor grade <folder>`: a class's submissions into a gradebook.
import { existsSync, realpathSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { both, count, type Lang } from "../i18n/lang.js";
import { findExercise } from "../catalog/exercise.js";
import { BatchInputError, gradeBatch, type Shard } from "../batch/grade-batch.js";
import { JOURNAL_FILE } from "../batch/journal.js";
import { resultsJson, writeReports } from "../batch/output.js";
import { redirectedNotice } from "../report/batch/locked.js";
import { Progress } from "../batch/progress.js";
import type { BatchDocument, FeedbackLevel } from "../batch/types.js";
import { onInterrupt } from "../runner/kill.js";
import { getPython } from "../context/python.js";
import { parseLimits, parseSeconds, positiveInt } from "./flags.js";
import { describeIsolation, detectIsolation } from "../runner/sandbox.js";
import { sweepDeadGraders } from "../runner/leftovers.js";
import { PytutorError } from "../errors.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";
import { warnOnStderr } from "./warn.js";
import { courseAndCatalogue } from "../gradebook/course.js";
import { parseMap } from "../gradebook/map.js";
import { prepareOut } from "../gradebook/out-folder.js";
import { noAssignmentNote, summaryText } from "../gradebook/summary.js";
import { courseWeightsOf } from "../course/assignment.js";

export type GradeCliOptions = GlobalOptions & {
  exercise?: string;
  out?: string;
  jobs?: string;
  resume?: boolean;
  force?: boolean;
  shard?: string;
  feedback?: string;
  map?: string[];
  timeout?: string;
  limit?: string[];
  sandbox?: boolean;
  course?: string;
  assignment?: string;
};

export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new PytutorError(both(`--shard necesita «k/n» con 1 ≤ k ≤ n (p. ej. 2/4), no «${value}».`, `--shard needs «k/n» with 1 ≤ k ≤ n (e.g. 2/4), not «${value}».`));
  }
  return { index, count };
}

export async function runGrade(folder: string, options: GradeCliOptions, lang: Lang): Promise<number> {
  const source = resolve(folder);
  if (!existsSync(source)) throw new PytutorError(both(`no existe la carpeta ${folder}.`, `there is no folder ${folder}.`));
  if (!statSync(source).isDirectory()) throw new PytutorError(both(`${folder} no es una carpeta: dale la carpeta de las entregas.`, `${folder} is not a folder: give it the submissions folder.`));
  const feedback = (options.feedback ?? "summary") as FeedbackLevel;
  if (!["full", "summary", "hidden"].includes(feedback)) {
    throw new PytutorError(both(`--feedback es full, summary o hidden, no «${options.feedback}».`, `--feedback is full, summary or hidden, not «${options.feedback}».`));
  }
  const shard = parseShard(options.shard);
  const slots = positiveInt(options.jobs, "--jobs", availableParallelism(), 256);
  const timeoutSeconds = parseSeconds(options.timeout);
  const limits = parseLimits(options.limit);
  // Isolation is the default: --no-sandbox turns it off, and a system that
  // cannot isolate is said so before anything runs (and in every report).
  const isolation = options.sandbox === false ? ({ mode: "off" } as const) : detectIsolation();
  const { course, catalogue, assignment } = await courseAndCatalogue(source, options, lang, warnOnStderr);
  const only = options.exercise === undefined ? undefined : findExercise(catalogue, options.exercise);
  if (options.exercise !== undefined && !only) {
    throw new PytutorError(both(`no existe el ejercicio «${options.exercise}». Usa \`pytutor list\`.`, `there is no exercise «${options.exercise}». Run \`pytutor list\`.`));
  }
  if (only && assignment && !assignment.exercises.some((a) => a.exercise === only)) {
    throw new PytutorError(
      both(
        `--exercise ${only.spec.id} no está en la tarea «${assignment.name}» (${assignment.exercises.map((a) => a.exercise.spec.id).join(", ")}).`,
        `--exercise ${only.spec.id} is not in the assignment «${assignment.name}» (${assignment.exercises.map((a) => a.exercise.spec.id).join(", ")}).`,
      ),
    );
  }
  const map = parseMap(options.map ?? [], catalogue);
  const defaultOut = join(dirname(source), `${basename(source)}-pytutor${shard ? `-${shard.index}de${shard.count}` : ""}`);
  const out = resolve(options.out ?? defaultOut);
  const lock = prepareOut(out, options);
  // A grader that died (killed, a power cut) left scratch copies of students'
  // code and maybe their processes: gone before this one starts.
  const swept = sweepDeadGraders();
  if (swept.folders + swept.processes > 0) {
    process.stderr.write(
      lang === "es"
        ? `pytutor: limpio lo que dejó una corrección anterior que murió: ${count(swept.folders, "carpeta temporal", "carpetas temporales")}, ${count(swept.processes, "proceso", "procesos")}.\n`
        : `pytutor: cleaning what a batch that died left behind: ${count(swept.folders, "temporary folder", "temporary folders")}, ${count(swept.processes, "process", "processes")}.\n`,
    );
  }
  const realOut = realpathSync(out);
  const python = await getPython(options);
  if (isolation.mode !== "sandbox") {
    const text = describeIsolation(isolation);
    process.stderr.write(`pytutor: ${lang === "es" ? "atención" : "warning"}: ${text[lang]}.\n`);
  }

  const progress = new Progress(lang, process.stdout.isTTY === true && process.stderr.isTTY === true && !process.env.CI);
  const forget = onInterrupt(() => {
    lock.release();
    progress.finish();
    process.stderr.write(
      lang === "es"
        ? `\npytutor: interrumpido. Lo ya corregido está en ${join(out, JOURNAL_FILE)}; continúa con --resume.\n`
        : `\npytutor: interrupted. What was graded is in ${join(out, JOURNAL_FILE)}; continue with --resume.\n`,
    );
  });
  let doc: BatchDocument;
  try {
    doc = await gradeBatch({
      folder: source,
      sourceName: basename(source),
      catalogue,
      ...(only ? { only } : {}),
      map,
      python,
      slots,
      maxConcurrent: slots * 16,
      journalPath: join(out, JOURNAL_FILE),
      resume: options.resume === true,
      ...(timeoutSeconds ? { timeoutSeconds } : {}),
      limits,
      ...(isolation.mode === "sandbox" ? { sandbox: { isolation } } : {}),
      isolation: { mode: isolation.mode, text: describeIsolation(isolation) },
      ...(shard ? { shard } : {}),
      ...(course ? { course: course.title } : {}),
      ...(assignment ? { assignment: { name: assignment.name, exercises: assignment.exercises } } : {}),
      ...(course && !assignment ? { weights: courseWeightsOf(course, catalogue) } : {}),
      feedback,
      lang,
      skip: realOut,
      onStart: (total, done) => progress.start(total, done),
      onResult: (s) => progress.result(s),
    });
  } catch (error) {
    progress.finish();
    forget();
    lock.release();
    if (error instanceof BatchInputError) throw new PytutorError(error.text, "bad-input", error.details);
    if (error instanceof Error && error.name === "PythonTooOldError") {
      throw new PytutorError(both(`${python.executable} es demasiado antiguo; pytutor necesita CPython 3.8 o más nuevo.`, `${python.executable} is too old; pytutor needs CPython 3.8 or newer.`));
    }
    throw error;
  }
  progress.finish();
  forget();
  try {
    for (const written of writeReports(doc, out, lang)) process.stderr.write(`${redirectedNotice(written, out, lang)}\n`);
  } catch (error) {
    lock.release();
    throw new PytutorError(both(`no puedo escribir los informes en ${out}: ${(error as Error).message}. El diario conserva lo corregido: repite con --resume.`, `cannot write the reports in ${out}: ${(error as Error).message}. The journal keeps what was graded: run again with --resume.`));
  }
  lock.release();
  if (options.json) for (const chunk of resultsJson(doc)) process.stdout.write(chunk);
  else process.stdout.write(summaryText(doc, out, lang));
  if (!assignment) process.stderr.write(noAssignmentNote(doc, course, lang));
  return doc.submissions.every((s) => s.passed) ? EXIT.ok : EXIT.failed;
}
