// `pytutor grade`'s work: discover the submissions, grade what the journal
// does not already hold, journal each result as it finishes, and build the
// document every report is rendered from.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { both, type Text } from "../i18n/lang.js";
import type { Exercise } from "../catalog/exercise.js";
import { specPoints } from "../catalog/cases.js";
import type { PythonInfo } from "../python/find.js";
import { attemptExercise, PythonTooOldError } from "../attempt/attempt.js";
import { onInterrupt } from "../runner/kill.js";
import type { RunLimits, RunPlan } from "../runner/run.js";
import { discover, type Candidate, type Discovery } from "./discover.js";
import { copyScratch } from "../runner/scratch.js";
import { scratchPrefix } from "../runner/leftovers.js";
import { buildDocument, exerciseInfo, failedToGrade, fromOutcome, submissionKey, type SubmissionId } from "./document.js";
import { Journal, QUARANTINE_DEATHS, readJournal } from "./journal.js";
import { runScheduled } from "../util/scheduler.js";
import type { JournalHeader } from "./schema.js";
import type { BatchDocument, FeedbackLevel, Submission, Unmatched } from "./types.js";

export type Shard = { index: number; count: number };

export type BatchOptions = {
  folder: string;
  // Shown in reports instead of an absolute path.
  sourceName: string;
  catalogue: Exercise[];
  only?: Exercise;
  map: Map<string, Exercise>;
  python: PythonInfo;
  slots: number;
  maxConcurrent: number;
  journalPath: string;
  resume: boolean;
  // --timeout and --limit: override every exercise's own limits.
  timeoutSeconds?: number;
  limits?: Partial<RunLimits>;
  sandbox?: RunPlan["sandbox"];
  // How the runs are isolated, for the reports.
  isolation: BatchDocument["isolation"];
  shard?: Shard;
  // The course file's title, for the reports.
  course?: string;
  // --assignment: the gradebook's columns and weights, whoever sent what; a
  // file for another exercise is not graded.
  assignment?: { name: string; exercises: Array<{ exercise: Exercise; weight: number }> };
  // Without an assignment: the course file's weights of the exercises that were sent.
  weights?: Map<Exercise, number>;
  feedback: FeedbackLevel;
  lang: "es" | "en";
  // The output folder, when it lies inside the graded one.
  skip?: string;
  onStart?: (total: number, alreadyDone: number) => void;
  onResult?: (submission: Submission) => void;
};

export class BatchInputError extends Error {
  constructor(readonly text: Text, readonly details: Text[] = []) {
    super(text.en);
  }
}

function snapshot(candidate: Candidate, dir: string): Candidate {
  if (candidate.problem) return candidate;
  try {
    return { ...candidate, path: copyScratch(candidate.path, dir, candidate.siblings) };
  } catch (error) {
    return { ...candidate, problem: both(`no se puede leer: ${(error as Error).message}`, `cannot be read: ${(error as Error).message}`) };
  }
}

function sha256(candidate: Candidate): string {
  // A file too large to grade is never read: its size identifies it.
  if (candidate.problem) return `size:${candidate.size}`;
  return createHash("sha256").update(readFileSync(candidate.path)).digest("hex");
}

// Deterministic and balanced: the n-th student (in name order) goes to shard n mod count.
export function inShard(students: string[], shard: Shard | undefined): (student: string | undefined) => boolean {
  if (!shard) return () => true;
  const index = new Map(students.map((s, i) => [s, i]));
  return (student) => (student === undefined ? shard.index === 1 : ((index.get(student) ?? 0) % shard.count) + 1 === shard.index);
}

// Turns the runner's cumulative samples into a recent rate (cores in use).
function cpuRate(measure: (cores: number) => void): (cpuSeconds: number, wallSeconds: number) => void {
  const history: Array<[number, number]> = [];
  return (cpu, wall) => {
    history.push([wall, cpu]);
    while (history.length > 2 && (history[0] as [number, number])[0] < wall - 1) history.shift();
    const [w0, c0] = history[0] as [number, number];
    if (wall - w0 >= 0.2) measure((cpu - c0) / (wall - w0));
  };
}

// A file for an exercise the assignment does not have is listed as not graded,
// with the reason; it never adds a column.
function outsideAssignment(found: Discovery, assignment: NonNullable<BatchOptions["assignment"]>): void {
  const own = new Set(assignment.exercises.map((a) => a.exercise));
  const ids = assignment.exercises.map((a) => a.exercise.spec.id).join(", ");
  for (const c of found.candidates.filter((c) => !own.has(c.exercise))) {
    found.unmatched.push({
      path: c.shown,
      student: c.student,
      reason: both(`es de ${c.exercise.spec.id}, que no está en la tarea «${assignment.name}» (${ids})`, `it is ${c.exercise.spec.id}'s, which is not in the assignment «${assignment.name}» (${ids})`),
    });
  }
  found.candidates = found.candidates.filter((c) => own.has(c.exercise));
  found.unmatched.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export async function gradeBatch(options: BatchOptions): Promise<BatchDocument> {
  const staging = mkdtempSync(join(tmpdir(), scratchPrefix("batch")));
  const cleanup = () => rmSync(staging, { recursive: true, force: true });
  const forget = onInterrupt(cleanup);
  try {
    return await gradeIn(staging, options);
  } finally {
    forget();
    cleanup();
  }
}

async function gradeIn(staging: string, options: BatchOptions): Promise<BatchDocument> {
  const found = discover(options.folder, {
    exercises: options.catalogue,
    ...(options.only ? { only: options.only } : {}),
    map: options.map,
    staging,
    ...(options.skip ? { skip: options.skip } : {}),
  });
  if (options.assignment) outsideAssignment(found, options.assignment);
  if (found.candidates.length === 0) {
    throw new BatchInputError(
      found.unmatched.length === 0
        ? both(`no hay entregas en ${options.folder}: está vacía`, `there are no submissions in ${options.folder}: it is empty`)
        : both(`ningún archivo de ${options.folder} corresponde a un ejercicio:`, `no file in ${options.folder} matches an exercise:`),
      found.unmatched.map((u) => ({ es: `${u.path}: ${u.reason.es}`, en: `${u.path}: ${u.reason.en}` })),
    );
  }
  // The batch's exercises are decided before sharding, so every shard's totals agree.
  const exercises = options.assignment
    ? options.assignment.exercises.map((a) => a.exercise)
    : options.catalogue.filter((e) => e === options.only || found.candidates.some((c) => c.exercise === e));
  const weights = options.assignment ? new Map(options.assignment.exercises.map((a) => [a.exercise, a.weight])) : (options.weights ?? new Map<Exercise, number>());
  const keep = inShard(found.students, options.shard);
  // Each submission is copied now, once: the copy is what is hashed, journaled
  // and run, so a program that rewrites a classmate's file later changes nothing.
  const candidates = found.candidates.filter((c) => keep(c.student)).map((c, i) => snapshot(c, join(staging, "entregas", String(i))));
  const unmatched: Unmatched[] = found.unmatched.filter((u) => keep(u.student));
  const students = found.students.filter((s) => keep(s));

  const header: JournalHeader = {
    journal: 1,
    source: options.sourceName,
    python: options.python.executable,
    exercises: exercises.map((e) => e.spec.id),
    ...(options.shard ? { shard: `${options.shard.index}/${options.shard.count}` } : {}),
    startedAt: new Date().toISOString(),
  };
  const previous = options.resume ? readJournal(options.journalPath) : undefined;
  if (previous?.header) {
    const before = previous.header;
    if (before.source !== header.source || before.shard !== header.shard) {
      throw new BatchInputError(
        both(
          `el diario de ${options.journalPath} es de otra corrección (${before.source}${before.shard ? `, parte ${before.shard}` : ""}); usa otra carpeta de salida o --force`,
          `the journal in ${options.journalPath} belongs to another batch (${before.source}${before.shard ? `, shard ${before.shard}` : ""}); use another output folder or --force`,
        ),
      );
    }
  }
  let journal: Journal;
  try {
    journal = new Journal(options.journalPath, header, !previous?.header);
  } catch (error) {
    throw new BatchInputError(both(`no puedo escribir el diario ${options.journalPath}: ${(error as Error).message}`, `cannot write the journal ${options.journalPath}: ${(error as Error).message}`));
  }
  const closeJournal = onInterrupt(() => journal.interrupted());
  try {
    const results = new Map<string, Submission>();
    const todo: Array<{ candidate: Candidate; id: SubmissionId }> = [];
    for (const candidate of candidates) {
      const id: SubmissionId = {
        student: candidate.student,
        ...(candidate.studentId ? { studentId: candidate.studentId } : {}),
        exercise: candidate.exercise.spec.id,
        shown: candidate.shown,
        sha256: sha256(candidate),
      };
      const key = submissionKey(id.student, id.exercise);
      const done = previous?.done.get(key);
      // Already graded, and the file has not changed since: keep it.
      if (done && done.sha256 === id.sha256) results.set(done.key, done);
      else if ((previous?.deaths.get(key) ?? 0) >= QUARANTINE_DEATHS) {
        // It was running each of the last times the grader died: it is not run again.
        const points = specPoints(candidate.exercise.spec);
        const quarantined = failedToGrade(
          id,
          both(
            `en cuarentena: se estaba ejecutando las ${QUARANTINE_DEATHS} últimas veces que pytutor murió, así que no se vuelve a ejecutar; revísalo a mano (--force lo corrige de nuevo)`,
            `quarantined: it was running the last ${QUARANTINE_DEATHS} times pytutor died, so it is not run again; look at it by hand (--force grades it again)`,
          ),
          points,
          new Date().toISOString(),
        );
        results.set(quarantined.key, quarantined);
        journal.append(quarantined);
      } else todo.push({ candidate, id });
    }
    options.onStart?.(candidates.length, results.size);
    let fatal: unknown;
    await runScheduled(
      todo,
      {
        slots: options.slots,
        maxConcurrent: options.maxConcurrent,
        group: (job) => job.id.exercise,
        exclusive: (job) => job.candidate.exercise.spec.run.exclusive,
        stopped: () => fatal !== undefined,
      },
      async ({ candidate, id }, measure) => {
        const points = specPoints(candidate.exercise.spec, { advice: true });
        let submission: Submission;
        let measured: { cpuSeconds: number | null; wallSeconds: number } = { cpuSeconds: null, wallSeconds: 0 };
        if (candidate.problem) {
          submission = failedToGrade(id, candidate.problem, points, new Date().toISOString());
        } else {
          journal.running(submissionKey(id.student, id.exercise));
          try {
            const outcome = await attemptExercise(candidate.exercise, candidate.path, options.python, {
              ...(options.timeoutSeconds ? { timeoutSeconds: options.timeoutSeconds } : {}),
              ...(options.limits ? { limits: options.limits } : {}),
              ...(options.sandbox ? { sandbox: options.sandbox } : {}),
              siblings: candidate.siblings,
              // The CPU it uses over the last second, once it has run that long.
              onCpu: cpuRate(measure),
            });
            submission = fromOutcome(id, outcome, new Date().toISOString(), options.isolation.mode);
            measured = { cpuSeconds: outcome.record.cpuSeconds, wallSeconds: outcome.record.wallSeconds };
          } catch (error) {
            if (error instanceof PythonTooOldError) {
              fatal ??= error;
              return measured;
            }
            const message = (error as Error).message;
            submission = failedToGrade(id, both(`no se pudo corregir: ${message}`, `could not be graded: ${message}`), points, new Date().toISOString());
          }
        }
        results.set(submission.key, submission);
        journal.append(submission);
        options.onResult?.(submission);
        return measured;
      },
    );
    if (fatal) throw fatal;
    return buildDocument(
      {
        source: options.sourceName,
        generatedAt: new Date().toISOString(),
        python: { executable: options.python.executable, version: options.python.version },
        lang: options.lang,
        feedback: options.feedback,
        isolation: options.isolation,
        ...(options.shard ? { shard: options.shard } : {}),
        ...(options.course !== undefined ? { course: options.course } : {}),
        ...(options.assignment ? { assignment: options.assignment.name } : {}),
        exercises: exercises.map((e) => (weights.has(e) ? { ...exerciseInfo(e), weight: weights.get(e) as number } : exerciseInfo(e))),
        students,
      },
      [...results.values()],
      unmatched,
    );
  } finally {
    closeJournal();
    journal.close();
  }
}
