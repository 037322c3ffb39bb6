// One attempt at an exercise: run the file through the probe, grade it, and run it again
// (twice at most) when the machine starved the program so much that what only
// timing could decide stayed undecided.
import type { Exercise } from "../catalog/exercise.js";
import type { PythonInfo } from "../python/find.js";
import { DEFAULT_LIMITS, runProgram } from "../runner/run.js";
import type { RunRecord } from "../runner/record.js";
import type { GradeResult } from "../grade/result.js";
import type { Case, Spec } from "../catalog/schema.js";
import { caseSpec } from "../catalog/cases.js";
import { mergeCaseResults, shownCase } from "../grade/cases.js";
import type { CaseOutcome, CheckOptions, CheckOutcome } from "./types.js";

export class PythonTooOldError extends Error {
  constructor(readonly version: string) {
    super(`Python ${version} is too old`);
    this.name = "PythonTooOldError";
  }
}

export async function attemptExercise(
  exercise: Exercise,
  file: string,
  python: PythonInfo,
  options: CheckOptions = {},
): Promise<CheckOutcome> {
  const { spec } = exercise;
  if (spec.cases === undefined) {
    const { record, result, attempts } = await runGraded(spec, file, python, options);
    return { exercise, file, python, record, result, attempts };
  }
  // Several runs, one per case, one after another; each graded on its own.
  const specCases = spec.cases;
  const cases: CaseOutcome[] = [];
  for (const [index, c] of specCases.entries()) {
    const one = caseSpec(spec, c);
    options.onCase?.({ index, total: specCases.length, id: c.id, title: c.title, timeoutSeconds: options.timeoutSeconds ?? one.run.timeout });
    const ran = await runGraded(one, file, python, options);
    cases.push({ id: c.id, title: c.title, ...(one.run.input !== undefined ? { input: one.run.input } : {}), args: one.run.args, ...ran });
  }
  const graded = cases.map((c, k) => ({ case: specCases[k] as Case, result: c.result }));
  const shown = shownCase(graded);
  const main = cases[shown] as CaseOutcome;
  return {
    exercise,
    file,
    python,
    record: main.record,
    result: mergeCaseResults(graded, shown),
    attempts: Math.max(...cases.map((c) => c.attempts)),
    cases,
    shownCase: main.id,
  };
}

// The graders, loaded while the first program runs (a check's start-up is
// the time before its program starts; see RunPlan.onStarted).
let graders: Promise<[typeof import("../grade/grade.js"), typeof import("../grade/outside.js")]> | undefined;
const loadGraders = () => (graders ??= Promise.all([import("../grade/grade.js"), import("../grade/outside.js")]));

// One run graded with `spec`, again (twice at most) when the machine starved it.
async function runGraded(spec: Spec, file: string, python: PythonInfo, options: CheckOptions): Promise<{ record: RunRecord; result: GradeResult; attempts: number }> {
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
      onStarted: () => {
        void loadGraders();
        options.onStarted?.();
      },
      ...(spec.run.input !== undefined ? { input: spec.run.input } : {}),
    });
    if (ran.probe.state === "too-old") throw new PythonTooOldError(ran.probe.version);
    const [{ grade }, { confirmFromOutside }] = await loadGraders();
    // The probe's account of the waits, against what the kernel showed.
    const record = confirmFromOutside(ran);
    const result = grade(spec, record);
    if (!result.retry || attempts >= maxAttempts) {
      return { record, result, attempts };
    }
  }
}
