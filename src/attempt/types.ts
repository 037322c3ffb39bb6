// What one attempt at an exercise yields and takes: the types renderers,
// the batch and verify share, apart from the run-grade-retry loop itself.
import type { Exercise } from "../catalog/exercise.js";
import type { PythonInfo } from "../python/find.js";
import type { RunLimits, RunPlan } from "../runner/run.js";
import type { RunRecord } from "../runner/record.js";
import type { GradeResult } from "../grade/result.js";
import type { Text } from "../i18n/lang.js";

// One run of an exercise with `cases`: its case, what it was given, how it went.
export type CaseOutcome = { id: string; title: Text; input?: string; args: string[]; record: RunRecord; result: GradeResult; attempts: number };

export type CheckOutcome = {
  exercise: Exercise;
  file: string;
  python: PythonInfo;
  record: RunRecord;
  result: GradeResult;
  attempts: number;
  // An exercise with `cases`: every run, in order; `record` is the one of
  // `shownCase` (the first that did not pass, else the last).
  cases?: CaseOutcome[];
  shownCase?: string;
};

export type CheckOptions = {
  timeoutSeconds?: number;
  maxAttempts?: number;
  // Overrides of the exercise's limits (the command line's).
  limits?: Partial<RunLimits>;
  sandbox?: RunPlan["sandbox"];
  siblings?: boolean;
  onCpu?: (cpuSeconds: number, wallSeconds: number) => void;
  onEvents?: RunPlan["onEvents"];
  // Called before each run with its number (1, then 2 and 3 when the machine starved it).
  onAttempt?: (attempt: number) => void;
  // Called once each run's program is running (see RunPlan.onStarted).
  onStarted?: () => void;
  // An exercise with `cases`: called before each case's run.
  onCase?: (info: { index: number; total: number; id: string; title: Text; timeoutSeconds: number }) => void;
};
