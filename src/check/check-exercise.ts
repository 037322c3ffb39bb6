// One learner check: run the file through the probe, grade it, and run it again
// (twice at most) when the machine starved the program so much that what only
// timing could decide stayed undecided.
import type { Exercise } from "../spec/exercise.js";
import type { PythonInfo } from "../python/find.js";
import { DEFAULT_LIMITS, runProgram, type RunLimits, type RunPlan } from "../runner/run.js";
import type { RunRecord } from "../runner/record.js";
import { grade } from "../grade/grade.js";
import { confirmFromOutside } from "../grade/outside.js";
import type { GradeResult } from "../grade/result.js";

export type CheckOutcome = {
  exercise: Exercise;
  file: string;
  python: PythonInfo;
  record: RunRecord;
  result: GradeResult;
  attempts: number;
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
};

export class PythonTooOldError extends Error {
  constructor(readonly version: string) {
    super(`Python ${version} is too old`);
    this.name = "PythonTooOldError";
  }
}

export async function checkExercise(
  exercise: Exercise,
  file: string,
  python: PythonInfo,
  options: CheckOptions = {},
): Promise<CheckOutcome> {
  const { spec } = exercise;
  const maxAttempts = options.maxAttempts ?? 3;
  let attempts = 0;
  for (;;) {
    attempts++;
    options.onAttempt?.(attempts);
    const ran = await runProgram({
      file,
      python,
      timeoutSeconds: options.timeoutSeconds ?? spec.run.timeout,
      outputLimit: spec.run.outputLimit,
      args: spec.run.args,
      tracemalloc: spec.run.tracemalloc,
      inspect: spec.probe.inspect,
      count: spec.probe.count,
      limits: { ...DEFAULT_LIMITS, ...spec.run.limits, ...options.limits },
      ...(options.sandbox ? { sandbox: options.sandbox } : {}),
      ...(options.siblings !== undefined ? { siblings: options.siblings } : {}),
      ...(options.onCpu ? { onCpu: options.onCpu } : {}),
      ...(options.onEvents ? { onEvents: options.onEvents } : {}),
      ...(spec.run.input !== undefined ? { input: spec.run.input } : {}),
    });
    if (ran.probe.state === "too-old") throw new PythonTooOldError(ran.probe.version);
    // The probe's account of the waits, against what the kernel showed.
    const record = confirmFromOutside(ran);
    const result = grade(spec, record);
    if (!result.retry || attempts >= maxAttempts) {
      return { exercise, file, python, record, result, attempts };
    }
  }
}
