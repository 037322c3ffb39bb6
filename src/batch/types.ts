// The batch-grading document: what `pytutor grade` writes to results.json (and
// prints with --json), what every report is rendered from, and what `merge`
// joins. Texts keep both languages so a report can be rendered in either.
import type { Text } from "../i18n/lang.js";
import type { CheckResult, NoteKind, Verdict } from "../grade/result.js";
import type { ThreadStack } from "../report/stacks.js";

export const RESULTS_FORMAT = 2;

export type FeedbackLevel = "full" | "summary" | "hidden";

// A check's result as the document keeps it (the fields as in grade/result.ts);
// `advice` only where true.
export type BatchCheck = Pick<
  CheckResult,
  "id" | "status" | "reason" | "skip" | "points" | "earned" | "title" | "expected" | "actual" | "hint" | "lines"
> & {
  // A suggestion: never fails the verdict, counts no points.
  advice?: boolean;
};

// How a batch's programs were isolated: sandboxed (src/runner/sandbox.ts),
// not at all because the system cannot (none), or not at all by the teacher's
// choice (off, --no-sandbox).
export type IsolationMode = "sandbox" | "none" | "off";

export type BatchRun = {
  // How this run was isolated.
  isolation?: IsolationMode;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  outputCapped: boolean;
  wallMs: number;
  cpuMs: number | null;
  // How many times it ran (a run the machine starved so much that only timing
  // stayed undecided runs again).
  attempts: number;
  probe: "ok" | "missing" | "too-old";
  // The resource limit it hit, and how it interfered with its grading.
  limit?: "cpu" | "memory" | "processes" | "file-size" | "open-files";
  tampered?: string[];
  // Where each thread was when a hung run was stopped: the student's own
  // frames only, innermost first (src/report/stacks.ts); capped.
  stacks?: ThreadStack[];
};

// One student's file for one exercise, graded.
export type Submission = {
  // `${student}/${exercise}`: unique in a batch, the journal's key.
  key: string;
  student: string;
  // From an LMS download (Moodle's participant number), when the name had one.
  studentId?: string;
  exercise: string;
  // Where it came from, relative to the graded folder; for a zip entry
  // `alumno.zip!carpeta/ejercicio1.py`.
  file: string;
  // SHA-256 of the file's bytes: --resume regrades a file that changed.
  sha256: string;
  // The program's verdict (pass, fail, undecided), or "error" when the grader
  // could not grade it at all (an unreadable file, a grader bug).
  status: Verdict | "error";
  passed: boolean;
  // earned / total, 0 to 1.
  score: number;
  points: { earned: number; total: number };
  checks: BatchCheck[];
  // Capped at NOTE_CHARS; `brief` leaves out what the program wrote itself
  // (shown instead with --feedback summary or hidden).
  notes: Array<{ kind: NoteKind; text: Text; brief?: Text }>;
  run?: BatchRun;
  // What the program printed, with seconds since it started (capped: the
  // first OUTPUT_LINES lines), for the report's timeline.
  output: Array<{ t: number; text: string }>;
  outputTruncated: boolean;
  // When each of the program's threads, processes and asyncio tasks ran, and
  // the main thread's sleeps (capped: TIMELINE_LANES lanes of TIMELINE_SPANS
  // spans); absent when it had none. `sleeps` are the time.sleep calls inside a
  // thread; `omitted`, the lanes beyond the cap.
  timeline?: {
    lanes: Array<{ kind: "thread" | "process" | "task" | "sleep"; name: string; spans: Array<[number, number]>; sleeps?: Array<[number, number]>; waits?: Array<[number, number]> }>;
    omitted?: number;
  };
  // The end of stderr (a traceback), capped.
  stderr: string;
  // Set when the grader itself could not grade (an unreadable file, a crash of
  // pytutor): status is "error" and checks may be empty.
  error?: Text;
  gradedAt: string;
};

export type Unmatched = {
  // Relative to the graded folder (zip entries as `x.zip!entry`).
  path: string;
  student?: string;
  reason: Text;
};

// `weight`: how much it counts in a student's total (1 when absent), set by an assignment.
export type ExerciseInfo = { id: string; alias: string; title: Text; file: string; points: number; weight?: number };

export type StudentRow = {
  student: string;
  studentId?: string;
  // Score per exercise id, 0 to 1; missing when the student sent nothing for it.
  scores: Record<string, number>;
  // The exercises' scores × 10, averaged with their weights: a 0–10 grade.
  total: number;
};

export type BatchDocument = {
  tool: "pytutor";
  format: typeof RESULTS_FORMAT;
  // The folder graded, as given (not a path on another machine).
  source: string;
  generatedAt: string;
  python: { executable: string; version: string };
  lang: "es" | "en";
  feedback: FeedbackLevel;
  // How the programs were isolated (the weakest, if a resumed batch mixed them).
  isolation: { mode: IsolationMode; text: Text };
  shard?: { index: number; count: number };
  // The course file's title, and the assignment that fixed the exercises (a
  // course file's name, or the ids given to --assignment): with one, an
  // exercise not sent is a 0 in its own column.
  course?: string;
  assignment?: string;
  exercises: ExerciseInfo[];
  students: StudentRow[];
  submissions: Submission[];
  unmatched: Unmatched[];
  summary: { submissions: number; passed: number; failed: number; undecided: number; errors: number; students: number; unmatched: number };
};

export const OUTPUT_LINES = 400;
export const NOTE_CHARS = 600;
export const STDERR_CHARS = 4000;
export const TIMELINE_LANES = 30;
export const TIMELINE_SPANS = 50;
export const TIMELINE_NAME_CHARS = 100;
