// `pytutor grade <folder>`: a class's submissions into a gradebook.
import { accessSync, constants, existsSync, mkdirSync, readdirSync, realpathSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { both, count, type Lang } from "../i18n/lang.js";
import type { Exercise } from "../spec/exercise.js";
import { findExercise } from "../spec/exercise.js";
import { BatchInputError, gradeBatch, type Shard } from "../batch/grade-batch.js";
import { JOURNAL_FILE } from "../batch/journal.js";
import { FEEDBACK_DIR, OWN_FILES, removeOwnFiles, resultsJson, writeReports } from "../batch/output.js";
import { Progress } from "../batch/progress.js";
import type { BatchDocument, FeedbackLevel } from "../batch/types.js";
import { onInterrupt } from "../runner/kill.js";
import { getPython } from "../context/python.js";
import { loadExercises } from "../context/catalogue.js";
import { parseLimits, parseSeconds, positiveInt } from "./flags.js";
import { describeIsolation, detectIsolation } from "../runner/sandbox.js";
import { LOCK_FILE, LockHeldError, lockOut, type OutLock } from "../batch/lock.js";
import { sweepDeadGraders } from "../runner/leftovers.js";
import { PytutorError } from "../errors.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";
import { CourseError, findCourseFile, loadCourse, type Course } from "../course/load.js";
import { checkCourse, courseWeightsOf, resolveAssignment, type Assignment } from "../course/assignment.js";
import { mergeCatalogues } from "../course/catalogue.js";

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

function parseMap(entries: string[], catalogue: Exercise[]): Map<string, Exercise> {
  const map = new Map<string, Exercise>();
  for (const entry of entries) {
    const at = entry.lastIndexOf("=");
    const name = entry.slice(0, at).trim();
    const exercise = at > 0 ? findExercise(catalogue, entry.slice(at + 1).trim()) : undefined;
    if (!name || !exercise) {
      throw new PytutorError(both(`--map necesita «archivo=ejercicio» con un ejercicio que exista (p. ej. tarea3.py=ejercicio3), no «${entry}».`, `--map needs «file=exercise» naming an existing exercise (e.g. tarea3.py=ejercicio3), not «${entry}».`));
    }
    map.set(name, exercise);
  }
  return map;
}

// The output folder: refused when it already holds a batch, unless --resume or
// --force; --force removes only pytutor's own files.
// Takes the folder's lock first (a second grade on it is refused while one
// runs), then checks what is in it.
function prepareOut(out: string, options: GradeCliOptions): OutLock {
  if (existsSync(out) && !statSync(out).isDirectory()) throw new PytutorError(both(`${out} existe y no es una carpeta.`, `${out} exists and is not a folder.`));
  const existed = existsSync(out) && readdirSync(out).some((name) => name !== LOCK_FILE);
  let lock: OutLock;
  try {
    mkdirSync(out, { recursive: true });
    lock = lockOut(out);
  } catch (error) {
    if (error instanceof LockHeldError) {
      throw new PytutorError(
        both(
          `otra corrección (pid ${error.owner.pid}, desde ${error.owner.at}) está usando ${out}; espera a que termine o usa otra carpeta con --out.`,
          `another batch (pid ${error.owner.pid}, since ${error.owner.at}) is using ${out}; wait for it to end or use another folder with --out.`,
        ),
      );
    }
    throw new PytutorError(both(`no puedo escribir en la carpeta de salida ${out}: ${(error as Error).message}`, `cannot write to the output folder ${out}: ${(error as Error).message}`));
  }
  try {
    checkOut(out, options, existed);
  } catch (error) {
    lock.release();
    throw error;
  }
  return lock;
}

function checkOut(out: string, options: GradeCliOptions, existed: boolean): void {
  if (existed) {
    const ours = readdirSync(out).filter((name) => OWN_FILES.includes(name as (typeof OWN_FILES)[number]) || name === FEEDBACK_DIR);
    const nonEmpty = existed;
    if (nonEmpty && !options.resume && !options.force) {
      throw new PytutorError(
        both(
          `la carpeta de salida ${out} ya existe${ours.length ? " y tiene una corrección" : ""}. Usa --resume para continuarla o --force para rehacerla (solo se borran los archivos de pytutor), u otra con --out.`,
          `the output folder ${out} already exists${ours.length ? " and holds a batch" : ""}. Use --resume to continue it or --force to redo it (only pytutor's files are removed), or another with --out.`,
        ),
      );
    }
    if (options.force) removeOwnFiles(out);
  }
  try {
    mkdirSync(out, { recursive: true });
    accessSync(out, constants.W_OK);
  } catch (error) {
    throw new PytutorError(both(`no puedo escribir en la carpeta de salida ${out}: ${(error as Error).message}`, `cannot write to the output folder ${out}: ${(error as Error).message}`));
  }
}

function summaryText(doc: BatchDocument, out: string, lang: Lang): string {
  const { summary } = doc;
  const es = lang === "es";
  const lines = [
    ...assignmentLines(doc, lang),
    es
      ? `${count(summary.submissions, "entrega", "entregas")} de ${count(summary.students, "estudiante", "estudiantes")}: ${count(summary.passed, "correcta", "correctas")}, ${summary.failed} con fallos, ${summary.undecided} sin decidir${summary.errors ? `, ${summary.errors} sin corregir` : ""}.`
      : `${count(summary.submissions, "submission", "submissions")} from ${count(summary.students, "student", "students")}: ${summary.passed} passed, ${summary.failed} failed, ${summary.undecided} undecided${summary.errors ? `, ${summary.errors} not graded` : ""}.`,
    es ? `Ejecución: ${doc.isolation.text.es}.` : `Runs: ${doc.isolation.text.en}.`,
  ];
  if (doc.unmatched.length > 0) {
    lines.push(es ? `${count(doc.unmatched.length, "archivo", "archivos")} sin corregir:` : `${count(doc.unmatched.length, "file", "files")} not graded:`);
    for (const u of doc.unmatched) lines.push(`  ${u.path}: ${u.reason[lang]}`);
  }
  const near = relative(process.cwd(), out);
  const rel = near === "" ? "." : near.startsWith("..") ? out : near;
  lines.push(es ? `Informes en ${rel}/: gradebook.csv, results.json, report.html, junit.xml, moodle.csv, canvas.csv, feedback/` : `Reports in ${rel}/: gradebook.csv, results.json, report.html, junit.xml, moodle.csv, canvas.csv, feedback/`);
  return `${lines.join("\n")}\n`;
}

// What the gradebook's columns and total are, when an assignment fixed them.
function assignmentLines(doc: BatchDocument, lang: Lang): string[] {
  const es = lang === "es";
  const lines = doc.course ? [es ? `Curso: ${doc.course}.` : `Course: ${doc.course}.`] : [];
  if (doc.assignment === undefined) return lines;
  const weighted = doc.exercises.map((e) => `${e.id} ×${weightText(e.weight ?? 1, lang)}`).join(", ");
  lines.push(
    es
      ? `Tarea «${doc.assignment}»: ${weighted}; el total es la media ponderada y lo no entregado cuenta 0.`
      : `Assignment «${doc.assignment}»: ${weighted}; the total is the weighted mean and what was not sent counts 0.`,
  );
  return lines;
}

// Without --assignment the columns are whatever was sent: said once, with the way out.
function noAssignmentNote(doc: BatchDocument, course: Course | undefined, lang: Lang): string {
  const es = lang === "es";
  const names = course?.assignments.map((a) => a.name) ?? [];
  const example = names[0] ?? doc.exercises.map((e) => e.id).join(",");
  const ofCourse = names.length > 0 ? (es ? ` (tareas de ${course?.file}: ${names.join(", ")})` : ` (assignments in ${course?.file}: ${names.join(", ")})`) : "";
  const weighted = doc.exercises.some((e) => e.weight !== undefined && e.weight !== 1);
  const mean = weighted
    ? es
      ? `la media ponderada con los pesos de ${course?.file} (${doc.exercises.map((e) => `${e.id} ×${weightText(e.weight ?? 1, lang)}`).join(", ")})`
      : `the mean weighted by ${course?.file}'s weights (${doc.exercises.map((e) => `${e.id} ×${weightText(e.weight ?? 1, lang)}`).join(", ")})`
    : es
      ? "la media sobre ellos"
      : "the mean over them";
  return es
    ? `pytutor: nota: sin --assignment, las columnas son los ejercicios que alguien entregó (${doc.exercises.map((e) => e.id).join(", ")}) y el total es ${mean}. Para fijarlas: --assignment ${example}${ofCourse}.\n`
    : `pytutor: note: without --assignment, the columns are the exercises someone sent (${doc.exercises.map((e) => e.id).join(", ")}) and the total is ${mean}. To fix them: --assignment ${example}${ofCourse}.\n`;
}

// A course file's weights: «2», «1,5» (es) or «1.5» (en).
function weightText(weight: number, lang: Lang): string {
  const text = String(weight);
  return lang === "es" ? text.replace(".", ",") : text;
}

// The course file (--course, or curso.yaml / course.yaml next to the graded
// folder or in the working folder), the catalogue it grades with, and the
// assignment --assignment names. Every problem is a PytutorError (exit 2).
async function courseAndCatalogue(source: string, options: GradeCliOptions, lang: Lang): Promise<{ course?: Course; catalogue: Exercise[]; assignment?: Assignment }> {
  try {
    const file = options.course ?? findCourseFile(source);
    const course = file === undefined ? undefined : loadCourse(file);
    if (course && options.course === undefined) {
      process.stderr.write(lang === "es" ? `pytutor: uso el archivo del curso ${course.file} («${course.title}»).\n` : `pytutor: using the course file ${course.file} («${course.title}»).\n`);
    }
    // Validated from the files themselves, never from the cache. A course
    // file's folder of exercises adds to what --exercises gives.
    const lists = [await loadExercises(options, true)];
    if (course?.exercisesDir) lists.push(await loadExercises({ ...options, exercises: course.exercisesDir }, true));
    const catalogue = lists.length > 1 ? mergeCatalogues(lists) : (lists[0] as Exercise[]);
    if (course) checkCourse(course, catalogue);
    const assignment = options.assignment === undefined ? undefined : resolveAssignment(options.assignment, course, catalogue);
    return { ...(course ? { course } : {}), catalogue, ...(assignment ? { assignment } : {}) };
  } catch (error) {
    if (error instanceof CourseError) throw new PytutorError(error.text, "bad-input", error.details);
    throw error;
  }
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
  const { course, catalogue, assignment } = await courseAndCatalogue(source, options, lang);
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
    writeReports(doc, out, lang);
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
