// `verify`: every reference solution and alternative passes, every starter fails,
// every known-wrong variant fails on the check it is labelled with; on each
// interpreter, K times, in parallel, reporting verdicts that changed as flaky.
import { join } from "node:path";
import type { Exercise } from "../catalog/exercise.js";
import type { PythonInfo } from "../python/find.js";
import type { Text } from "../i18n/lang.js";
import type { Status, Verdict } from "../grade/result.js";
import { attemptExercise } from "../attempt/attempt.js";
import type { CheckOutcome } from "../attempt/types.js";
import type { RunPlan } from "../runner/run.js";
import { runScheduled, type Weighed } from "../util/scheduler.js";

export type FileKind = "solution" | "alternative" | "starter" | "variant";

export type Target = { exercise: Exercise; kind: FileKind; file: string; catches?: string };

export type RunVerdict = {
  ok: boolean;
  passed: boolean;
  verdict: Verdict | "error";
  statuses: Record<string, Status>;
  // The labelled check could not be decided on this system (a fact it cannot measure).
  unmeasurable?: boolean;
  // Said of an ok run all the same: «no se puede decidir en este sistema (…)».
  note?: Text;
  wallMs: number;
  problem?: Text;
};

export type TargetResult = {
  exercise: string;
  python: PythonInfo;
  target: Target;
  runs: RunVerdict[];
  ok: boolean;
  flaky: boolean;
  problems: Text[];
  // What is not a problem but must be said: a variant this system cannot decide.
  notes: Text[];
};

export type VerifyOptions = {
  runs: number;
  jobs: number;
  sandbox?: RunPlan["sandbox"];
  // Which files (relative to the exercise's folder) to run; all by default.
  select?: (file: string) => boolean;
  onProgress?: (done: number, total: number) => void;
  // Each run's outcome, as a learner's `check` would have had it.
  onOutcome?: (target: Target, python: PythonInfo, outcome: CheckOutcome) => void;
};

export function targetsOf(exercise: Exercise): Target[] {
  const { spec } = exercise;
  return [
    { exercise, kind: "solution", file: spec.solution },
    ...spec.alternatives.map((file): Target => ({ exercise, kind: "alternative", file })),
    { exercise, kind: "starter", file: spec.starter },
    ...spec.variants.map((v): Target => ({ exercise, kind: "variant", file: v.file, catches: v.catches })),
  ];
}

// What one run means for its target.
export function judge(target: Target, verdict: Verdict, statuses: Record<string, Status>, skips: Record<string, string> = {}): { ok: boolean; problem?: Text; unmeasurable?: boolean } {
  const failing = Object.entries(statuses).filter(([, s]) => s === "fail").map(([id]) => id);
  const undecided = Object.entries(statuses).filter(([, s]) => s === "undecided").map(([id]) => id);
  switch (target.kind) {
    case "solution":
    case "alternative":
      if (verdict === "pass") return { ok: true };
      if (verdict === "undecided") return { ok: false, problem: { es: `debía pasar, pero queda sin decidir: ${undecided.join(", ")}`, en: `should pass, but stays undecided: ${undecided.join(", ")}` } };
      return { ok: false, problem: { es: `debía pasar, pero falla en: ${failing.join(", ")}`, en: `should pass, but fails on: ${failing.join(", ")}` } };
    case "starter":
      return verdict === "pass" ? { ok: false, problem: { es: "la plantilla pasa todas las comprobaciones", en: "the starter passes every check" } } : { ok: true };
    case "variant": {
      const labelled = target.catches ?? "";
      if (statuses[labelled] === "fail") return { ok: true };
      if (statuses[labelled] === "skipped" && skips[labelled] === "cannot-measure") {
        return { ok: true, unmeasurable: true };
      }
      if (statuses[labelled] === "undecided") {
        return { ok: false, problem: { es: `«${labelled}» quedó sin decidir`, en: `«${labelled}» stayed undecided` } };
      }
      if (verdict === "pass" && failing.length === 0) return { ok: false, problem: { es: "debía fallar, pero pasa", en: "should fail, but passes" } };
      return {
        ok: false,
        problem: {
          es: `falla, pero no en «${labelled}» sino en: ${failing.join(", ")} (la spec no comprueba lo que la variante dice)`,
          en: `fails, but not on «${labelled}»; it fails on: ${failing.join(", ")} (the spec does not test what the variant claims)`,
        },
      };
    }
  }
}

// A known-wrong variant whose labelled check was skipped because this system
// cannot measure what it needs: neither caught nor missed, and not the spec's fault.
export function cannotDecide(labelled: string, reason: Text | undefined): Text {
  return {
    es: `no se puede decidir en este sistema: «${labelled}» ${reason ? `se omitió (${reason.es})` : "no se puede medir aquí"}`,
    en: `cannot be decided on this system: «${labelled}» ${reason ? `was skipped (${reason.en})` : "cannot be measured here"}`,
  };
}

// What must not change between runs: for a variant, whether its labelled check
// failed (a program wrong in many ways may fail its other checks by chance, as
// daemon threads killed at exit do); for the rest, whether every check passed.
function signature(v: RunVerdict, target: Target): string {
  if (v.verdict === "error") return "error";
  return target.kind === "variant" ? `labelled:${v.statuses[target.catches ?? ""]}` : `verdict:${v.verdict === "pass" ? "pass" : target.kind === "starter" ? "not-pass" : v.verdict}`;
}

// True when the judgement changed between runs.
export function verifyStability(target: Target, runs: RunVerdict[]): boolean {
  return new Set(runs.map((r) => signature(r, target))).size > 1;
}

function summariseFlaky(runs: RunVerdict[], target: Target): Text {
  const counts = new Map<string, { n: number; v: RunVerdict }>();
  for (const v of runs) {
    const key = signature(v, target);
    const entry = counts.get(key) ?? { n: 0, v };
    entry.n++;
    counts.set(key, entry);
  }
  const parts = [...counts.values()].map(({ n, v }) => {
    const failing = Object.entries(v.statuses).filter(([, s]) => s === "fail" || s === "undecided").map(([id]) => id);
    return { es: `${n}× ${failing.length ? `falla en ${failing.join(", ")}` : "pasa"}`, en: `${n}× ${failing.length ? `fails on ${failing.join(", ")}` : "passes"}` };
  });
  return {
    es: `inestable: el veredicto cambió entre ejecuciones (${parts.map((p) => p.es).join("; ")})`,
    en: `flaky: the verdict changed between runs (${parts.map((p) => p.en).join("; ")})`,
  };
}

export async function verify(exercises: Exercise[], pythons: PythonInfo[], options: VerifyOptions): Promise<TargetResult[]> {
  type Job = { python: PythonInfo; target: Target; slot: TargetResult };
  const results: TargetResult[] = [];
  const jobs: Job[] = [];
  for (const python of pythons) {
    for (const exercise of exercises) {
      for (const target of targetsOf(exercise).filter((t) => options.select?.(t.file) ?? true)) {
        results.push({ exercise: exercise.spec.id, python, target, runs: [], ok: true, flaky: false, problems: [], notes: [] });
      }
    }
  }
  for (let run = 0; run < options.runs; run++) {
    for (const slot of results) jobs.push({ python: slot.python, target: slot.target, slot });
  }
  let done = 0;
  // The pool `grade` uses: up to `jobs` programs, and `jobs` cores' worth of
  // them; an exclusive one alone.
  await runScheduled(
    jobs,
    {
      slots: Math.max(1, options.jobs),
      maxConcurrent: Math.max(1, options.jobs),
      group: (job) => job.target.exercise.spec.id,
      exclusive: (job) => job.target.exercise.spec.run.exclusive,
    },
    async ({ python, target, slot }) => {
      let measured: Weighed = { cpuSeconds: null, wallSeconds: 0 };
      const file = join(target.exercise.dir, target.file);
      let verdict: RunVerdict;
      try {
        const outcome = await attemptExercise(target.exercise, file, python, options.sandbox ? { sandbox: options.sandbox } : {});
        const statuses = Object.fromEntries(outcome.result.checks.map((c) => [c.id, c.status]));
        const skips = Object.fromEntries(outcome.result.checks.flatMap((c) => (c.skip ? [[c.id, c.skip]] : [])));
        const judged = judge(target, outcome.result.verdict, statuses, skips);
        options.onOutcome?.(target, python, outcome);
        const labelled = outcome.result.checks.find((c) => c.id === target.catches);
        const note = judged.unmeasurable ? cannotDecide(target.catches ?? "", labelled?.reason) : undefined;
        verdict = { ...judged, ...(note ? { note } : {}), passed: outcome.result.passed, verdict: outcome.result.verdict, statuses, wallMs: Math.round(outcome.record.wallSeconds * 1000) };
        measured = { cpuSeconds: outcome.record.cpuSeconds, wallSeconds: outcome.record.wallSeconds };
      } catch (error) {
        const message = (error as Error).message;
        verdict = { ok: false, passed: false, verdict: "error", statuses: {}, wallMs: 0, problem: { es: `error del corrector: ${message}`, en: `grader error: ${message}` } };
      }
      slot.runs.push(verdict);
      done++;
      options.onProgress?.(done, jobs.length);
      return measured;
    },
  );
  for (const slot of results) {
    slot.flaky = verifyStability(slot.target, slot.runs);
    slot.ok = slot.runs.every((r) => r.ok) && !slot.flaky;
    const seen = new Set<string>();
    for (const r of slot.runs) {
      if (r.problem && !seen.has(r.problem.en)) {
        seen.add(r.problem.en);
        slot.problems.push(r.problem);
      }
    }
    if (slot.flaky) slot.problems.push(summariseFlaky(slot.runs, slot.target));
    const note = slot.runs.find((r) => r.note)?.note;
    if (note) slot.notes.push(note);
  }
  return results;
}
