// Builds the batch document from graded submissions: one entry per student and
// exercise, each student's row, the counts. Pure: no files, no clocks.
import { both, type Text } from "../i18n/lang.js";
import type { CheckOutcome } from "../attempt/types.js";
import type { Exercise } from "../catalog/exercise.js";
import { specPoints } from "../catalog/cases.js";
import {
  NOTE_CHARS,
  OUTPUT_LINES,
  RESULTS_FORMAT,
  STDERR_CHARS,
  TIMELINE_LANES,
  TIMELINE_NAME_CHARS,
  TIMELINE_SPANS,
  type BatchDocument,
  type ExerciseInfo,
  type FeedbackLevel,
  type IsolationMode,
  type StudentRow,
  type Submission,
  type Unmatched,
} from "./types.js";
import { capTimeline, timelineOf } from "../report/timeline-model.js";
import { cappedStacks, learnerStacks } from "../report/stacks.js";

export type SubmissionId = { student: string; studentId?: string; exercise: string; shown: string; sha256: string };

export function submissionKey(student: string, exercise: string): string {
  return `${student}/${exercise}`;
}

// Whose file a submission is, and which: the fields every submission starts with.
function identityOf(id: SubmissionId): Pick<Submission, "key" | "student" | "studentId" | "exercise" | "file" | "sha256"> {
  return {
    key: submissionKey(id.student, id.exercise),
    student: id.student,
    ...(id.studentId ? { studentId: id.studentId } : {}),
    exercise: id.exercise,
    file: id.shown,
    sha256: id.sha256,
  };
}

const cap = (text: string) => (text.length > NOTE_CHARS ? `${text.slice(0, NOTE_CHARS)}…` : text);
const capText = (text: Text): Text => ({ es: cap(text.es), en: cap(text.en) });

export function fromOutcome(id: SubmissionId, outcome: CheckOutcome, gradedAt: string, isolation?: IsolationMode): Submission {
  const { record, result } = outcome;
  return {
    ...identityOf(id),
    status: result.verdict,
    passed: result.passed,
    score: result.score,
    points: result.points,
    checks: result.checks.map((c) => ({
      id: c.id,
      status: c.status,
      ...(c.advice ? { advice: true } : {}),
      ...(c.reason ? { reason: c.reason } : {}),
      ...(c.skip ? { skip: c.skip } : {}),
      points: c.points,
      earned: c.earned,
      title: c.title,
      ...(c.expected ? { expected: c.expected } : {}),
      ...(c.actual ? { actual: c.actual } : {}),
      ...(c.hint ? { hint: c.hint } : {}),
      ...(c.lines ? { lines: c.lines } : {}),
    })),
    notes: result.notes.map((n) => ({ kind: n.kind, text: capText(n.text), ...(n.brief ? { brief: capText(n.brief) } : {}) })),
    run: {
      ...(isolation ? { isolation } : {}),
      exitCode: record.exitCode,
      signal: record.signal,
      timedOut: record.timedOut,
      outputCapped: record.outputCapped,
      wallMs: Math.round(record.wallSeconds * 1000),
      cpuMs: record.cpuSeconds === null ? null : Math.round(record.cpuSeconds * 1000),
      attempts: outcome.attempts,
      probe: record.probe.state,
      ...(record.limit ? { limit: record.limit.limit } : {}),
      ...(record.tampered ? { tampered: record.tampered } : {}),
      ...stacksOfRecord(outcome),
    },
    output: record.stdout.slice(0, OUTPUT_LINES).map((l) => ({ t: Math.round(l.t * 1000) / 1000, text: l.text.slice(0, 500) })),
    outputTruncated: record.stdout.length > OUTPUT_LINES,
    ...timelineOfRecord(outcome),
    stderr: record.stderr.length > STDERR_CHARS ? `…${record.stderr.slice(-STDERR_CHARS)}` : record.stderr,
    gradedAt,
  };
}

// The lanes of the report's timeline, capped; nothing when the program had none.
function timelineOfRecord(outcome: CheckOutcome): Pick<Submission, "timeline"> {
  const timeline = timelineOf(outcome.record);
  if (timeline.lanes.length === 0) return {};
  const { lanes, omitted } = capTimeline(timeline, TIMELINE_LANES, TIMELINE_SPANS);
  return {
    timeline: {
      lanes: lanes.map((l) => ({
        kind: l.kind,
        name: l.name.slice(0, TIMELINE_NAME_CHARS),
        spans: l.spans,
        // A "sleep" lane's spans are its sleeps already.
        ...(l.kind !== "sleep" && l.sleeps.length > 0 ? { sleeps: l.sleeps } : {}),
        // Waits on a lock, queue, future, event or join: alive, but not running.
        ...(l.waits.length > 0 ? { waits: l.waits } : {}),
      })),
      ...(omitted > 0 ? { omitted } : {}),
    },
  };
}

// Where each thread was when a hung run was stopped, in the student's terms; nothing without a dump.
function stacksOfRecord(outcome: CheckOutcome): Pick<NonNullable<Submission["run"]>, "stacks"> {
  const stacks = cappedStacks(learnerStacks(outcome.record));
  return stacks.length > 0 ? { stacks } : {};
}

// A submission the grader could not run at all: an error, with the reason.
export function failedToGrade(id: SubmissionId, reason: Text, points: number, gradedAt: string): Submission {
  return {
    ...identityOf(id),
    status: "error",
    passed: false,
    score: 0,
    points: { earned: 0, total: points },
    checks: [],
    notes: [],
    output: [],
    outputTruncated: false,
    stderr: "",
    error: reason,
    gradedAt,
  };
}

export function exerciseInfo(exercise: Exercise): ExerciseInfo {
  const { spec } = exercise;
  return { id: spec.id, alias: spec.alias, title: spec.title, file: spec.file, points: specPoints(spec) };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

// Each student's scores, and a 0–10 total: the mean over the batch's exercises
// weighted by their `weight` (1 when absent); an exercise not sent counts 0.
export function studentRows(students: string[], exercises: ExerciseInfo[], submissions: Submission[]): StudentRow[] {
  const weightOf = (e: ExerciseInfo) => e.weight ?? 1;
  const totalWeight = exercises.reduce((a, e) => a + weightOf(e), 0);
  const byStudent = new Map<string, Submission[]>();
  for (const s of submissions) byStudent.set(s.student, [...(byStudent.get(s.student) ?? []), s]);
  const names = [...new Set([...students, ...byStudent.keys()])].sort((a, b) => a.localeCompare(b, "es"));
  return names.map((student) => {
    const own = byStudent.get(student) ?? [];
    const scores: Record<string, number> = {};
    // The total uses each exercise's exact fraction (2 of 3 points is 2/3, not
    // the 0.667 the document shows), so it is rounded once, at the end.
    const exact: Record<string, number> = {};
    for (const s of own) {
      scores[s.exercise] = s.score;
      exact[s.exercise] = s.points.total > 0 ? s.points.earned / s.points.total : s.score;
    }
    const sum = exercises.reduce((a, e) => a + weightOf(e) * (exact[e.id] ?? 0), 0);
    const studentId = own.find((s) => s.studentId)?.studentId;
    return { student, ...(studentId ? { studentId } : {}), scores, total: totalWeight > 0 ? round2((sum / totalWeight) * 10) : 0 };
  });
}

export type DocumentParams = {
  source: string;
  generatedAt: string;
  python: { executable: string; version: string };
  lang: "es" | "en";
  feedback: FeedbackLevel;
  isolation: BatchDocument["isolation"];
  shard?: { index: number; count: number };
  course?: string;
  assignment?: string;
  exercises: ExerciseInfo[];
  students: string[];
};

const STRENGTH: Record<IsolationMode, number> = { sandbox: 2, none: 1, off: 0 };

// A document's isolation is its weakest run's: a batch resumed without the
// sandbox says so even if it started with one.
function weakest(given: BatchDocument["isolation"], submissions: Submission[]): BatchDocument["isolation"] {
  let result = given;
  for (const s of submissions) {
    const mode = s.run?.isolation;
    if (mode && STRENGTH[mode] < STRENGTH[result.mode]) result = { mode, text: ISOLATION_TEXT[mode] };
  }
  return result;
}

export const ISOLATION_TEXT: Record<IsolationMode, Text> = {
  sandbox: both("aislados con bubblewrap", "isolated with bubblewrap"),
  none: both("sin aislar: el sistema no lo permitía", "not isolated: the system could not"),
  off: both("sin aislar (--no-sandbox)", "not isolated (--no-sandbox)"),
};

export function buildDocument(params: DocumentParams, submissions: Submission[], unmatched: Unmatched[]): BatchDocument {
  const order = new Map(params.exercises.map((e, i) => [e.id, i]));
  const sorted = [...submissions].sort(
    (a, b) => a.student.localeCompare(b.student, "es") || (order.get(a.exercise) ?? 0) - (order.get(b.exercise) ?? 0),
  );
  const rows = studentRows(params.students, params.exercises, sorted);
  return {
    tool: "pytutor",
    format: RESULTS_FORMAT,
    source: params.source,
    generatedAt: params.generatedAt,
    python: params.python,
    lang: params.lang,
    feedback: params.feedback,
    isolation: weakest(params.isolation, sorted),
    ...(params.shard ? { shard: params.shard } : {}),
    ...(params.course !== undefined ? { course: params.course } : {}),
    ...(params.assignment !== undefined ? { assignment: params.assignment } : {}),
    exercises: params.exercises,
    students: rows,
    submissions: sorted,
    unmatched,
    summary: {
      submissions: sorted.length,
      passed: sorted.filter((s) => s.status === "pass").length,
      failed: sorted.filter((s) => s.status === "fail").length,
      undecided: sorted.filter((s) => s.status === "undecided").length,
      errors: sorted.filter((s) => s.status === "error").length,
      students: rows.length,
      unmatched: unmatched.length,
    },
  };
}
