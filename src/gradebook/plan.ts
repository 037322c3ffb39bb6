// What `pytutor grade` is asked for, checked and turned into a batch: the
// submissions folder, the feedback level, the shard, the exercise of lone
// files, the assignment, the map and the output folder (with its default).
// Every problem is a PytutorError (exit 2), before anything runs.
import { existsSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { both, count, type Lang } from "../i18n/lang.js";
import { findExercise, type Exercise } from "../catalog/exercise.js";
import { BatchInputError, type BatchOptions, type Shard } from "../batch/grade-batch.js";
import { JOURNAL_FILE } from "../batch/journal.js";
import type { FeedbackLevel } from "../batch/types.js";
import type { PythonInfo } from "../python/find.js";
import type { RunLimits } from "../runner/run.js";
import { describeIsolation, detectIsolation, type Isolation } from "../runner/sandbox.js";
import type { Course } from "../course/load.js";
import { courseWeightsOf, type Assignment } from "../course/assignment.js";
import { PytutorError } from "../errors.js";
import type { Warn } from "../context/catalogue.js";
import { courseAndCatalogue, type CourseOptions } from "./course.js";
import { parseMap } from "./map.js";

export type GradeOptions = CourseOptions & {
  exercise?: string;
  out?: string;
  resume?: boolean;
  force?: boolean;
  shard?: string;
  feedback?: string;
  map?: string[];
  sandbox?: boolean;
};

export type GradePlan = {
  source: string;
  out: string;
  feedback: FeedbackLevel;
  shard?: Shard;
  isolation: Isolation | { mode: "off" };
  course?: Course;
  catalogue: Exercise[];
  assignment?: Assignment;
  only?: Exercise;
  map: Map<string, Exercise>;
};

// «k/n» with 1 ≤ k ≤ n.
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

// The reports' folder beside the submissions' one, «entregas-pytutor» (a shard's «entregas-pytutor-2de4»).
export function defaultOut(source: string, shard: Shard | undefined): string {
  return join(dirname(source), `${basename(source)}-pytutor${shard ? `-${shard.index}de${shard.count}` : ""}`);
}

// `flags` parses the command line's own values (--jobs, --timeout, --limit)
// in their turn, so that the first problem named is the one it always was.
export async function planGrade<F>(folder: string, options: GradeOptions, lang: Lang, warn: Warn, flags: () => F): Promise<GradePlan & { flags: F }> {
  const source = resolve(folder);
  if (!existsSync(source)) throw new PytutorError(both(`no existe la carpeta ${folder}.`, `there is no folder ${folder}.`));
  if (!statSync(source).isDirectory()) throw new PytutorError(both(`${folder} no es una carpeta: dale la carpeta de las entregas.`, `${folder} is not a folder: give it the submissions folder.`));
  const feedback = (options.feedback ?? "summary") as FeedbackLevel;
  if (!["full", "summary", "hidden"].includes(feedback)) {
    throw new PytutorError(both(`--feedback es full, summary o hidden, no «${options.feedback}».`, `--feedback is full, summary or hidden, not «${options.feedback}».`));
  }
  const shard = parseShard(options.shard);
  const parsed = flags();
  // Isolation is the default: --no-sandbox turns it off, and a system that
  // cannot isolate is said so before anything runs (and in every report).
  const isolation = options.sandbox === false ? ({ mode: "off" } as const) : detectIsolation();
  const { course, catalogue, assignment } = await courseAndCatalogue(source, options, lang, warn);
  const only = options.exercise === undefined ? undefined : findExercise(catalogue, options.exercise);
  if (options.exercise !== undefined && !only) {
    throw new PytutorError(both(`no existe el ejercicio «${options.exercise}». Usa \`pytutor list\`.`, `there is no exercise «${options.exercise}». Run \`pytutor list\`.`));
  }
  if (only && assignment && !assignment.exercises.some((a) => a.exercise === only)) {
    const ids = assignment.exercises.map((a) => a.exercise.spec.id).join(", ");
    throw new PytutorError(
      both(`--exercise ${only.spec.id} no está en la tarea «${assignment.name}» (${ids}).`, `--exercise ${only.spec.id} is not in the assignment «${assignment.name}» (${ids}).`),
    );
  }
  const map = parseMap(options.map ?? [], catalogue);
  const out = resolve(options.out ?? defaultOut(source, shard));
  return { source, out, feedback, flags: parsed, ...(shard ? { shard } : {}), isolation, ...(course ? { course } : {}), catalogue, ...(assignment ? { assignment } : {}), ...(only ? { only } : {}), map };
}

export type RunSettings = { python: PythonInfo; slots: number; timeoutSeconds: number | undefined; limits: Partial<RunLimits>; resume: boolean; skip: string; lang: Lang };

// The batch a plan grades: sandboxed unless turned off, the course's weights
// when no assignment fixes them, the journal in the output folder.
export function batchOptions(plan: GradePlan, run: RunSettings, hooks: Pick<BatchOptions, "onStart" | "onResult">): BatchOptions {
  const { isolation, course, assignment, only, shard } = plan;
  return {
    folder: plan.source,
    sourceName: basename(plan.source),
    catalogue: plan.catalogue,
    ...(only ? { only } : {}),
    map: plan.map,
    python: run.python,
    slots: run.slots,
    maxConcurrent: run.slots * 16,
    journalPath: join(plan.out, JOURNAL_FILE),
    resume: run.resume,
    ...(run.timeoutSeconds ? { timeoutSeconds: run.timeoutSeconds } : {}),
    limits: run.limits,
    ...(isolation.mode === "sandbox" ? { sandbox: { isolation } } : {}),
    isolation: { mode: isolation.mode, text: describeIsolation(isolation) },
    ...(shard ? { shard } : {}),
    ...(course ? { course: course.title } : {}),
    ...(assignment ? { assignment: { name: assignment.name, exercises: assignment.exercises } } : {}),
    ...(course && !assignment ? { weights: courseWeightsOf(course, plan.catalogue) } : {}),
    feedback: plan.feedback,
    lang: run.lang,
    skip: run.skip,
    ...hooks,
  };
}

// A batch that could not run, as the teacher is told it; other errors as they are.
export function gradeFailure(error: unknown, python: PythonInfo): unknown {
  if (error instanceof BatchInputError) return new PytutorError(error.text, "bad-input", error.details);
  if (error instanceof Error && error.name === "PythonTooOldError") {
    return new PytutorError(both(`${python.executable} es demasiado antiguo; pytutor necesita CPython 3.8 o más nuevo.`, `${python.executable} is too old; pytutor needs CPython 3.8 or newer.`));
  }
  return error;
}

// The reports could not be written: the journal still has the grades.
export function reportsFailure(out: string, error: Error): PytutorError {
  return new PytutorError(
    both(
      `no puedo escribir los informes en ${out}: ${error.message}. El diario conserva lo corregido: repite con --resume.`,
      `cannot write the reports in ${out}: ${error.message}. The journal keeps what was graded: run again with --resume.`,
    ),
  );
}

// What the teacher reads on stderr around a batch.
export const gradeNotices = {
  swept: (swept: { folders: number; processes: number }, lang: Lang) =>
    lang === "es"
      ? `pytutor: limpio lo que dejó una corrección anterior que murió: ${count(swept.folders, "carpeta temporal", "carpetas temporales")}, ${count(swept.processes, "proceso", "procesos")}.\n`
      : `pytutor: cleaning what a batch that died left behind: ${count(swept.folders, "temporary folder", "temporary folders")}, ${count(swept.processes, "process", "processes")}.\n`,
  isolation: (isolation: Isolation | { mode: "off" }, lang: Lang) => `pytutor: ${lang === "es" ? "atención" : "warning"}: ${describeIsolation(isolation)[lang]}.\n`,
  interrupted: (out: string, lang: Lang) =>
    lang === "es"
      ? `\npytutor: interrumpido. Lo ya corregido está en ${join(out, JOURNAL_FILE)}; continúa con --resume.\n`
      : `\npytutor: interrupted. What was graded is in ${join(out, JOURNAL_FILE)}; continue with --resume.\n`,
};
