// The program's verdict, decided here and nowhere else: `fail` when the
// program did not run to its end, interfered with its grading, or failed a
// required check; `undecided` only when nothing failed and some required check
// could not be decided; otherwise `pass`. Advice never changes it.
import type { CheckResult, GradeResult, Note, Verdict } from "./result.js";

export function verdictOf(checks: readonly CheckResult[], run: { complete: boolean; tampered: boolean }): Verdict {
  if (run.tampered || !run.complete) return "fail";
  const required = checks.filter((c) => !c.advice);
  if (required.some((c) => c.status === "fail")) return "fail";
  if (required.some((c) => c.status === "undecided")) return "undecided";
  return "pass";
}

// The verdicts of one program's several runs (an exercise's cases) as one:
// any fail is fail, else any undecided is undecided, else pass (none: pass).
export function combinedVerdict(verdicts: Iterable<Verdict>): Verdict {
  let combined: Verdict = "pass";
  for (const v of verdicts) {
    if (v === "fail") return "fail";
    if (v === "undecided") combined = "undecided";
  }
  return combined;
}

// Points: required checks that were judged, or not evaluated because the
// program stopped early (those earn nothing). Checks that do not apply here,
// could not be decided, or are advice do not count.
export function pointsOf(checks: readonly CheckResult[]): { earned: number; total: number } {
  let earned = 0;
  let total = 0;
  for (const c of checks) {
    if (c.advice || c.status === "undecided" || (c.status === "skipped" && c.skip !== "incomplete")) continue;
    total += c.points;
    if (c.status === "pass") earned += c.points;
  }
  return { earned, total };
}

// earned / total, 0 to 1, to three decimals (0 when nothing counts).
export function scoreOf(points: { earned: number; total: number }): number {
  return points.total > 0 ? Math.round((points.earned / points.total) * 1000) / 1000 : 0;
}

// A result from its verdict and checks: passed, score and points follow from them.
export function gradeResult(verdict: Verdict, checks: CheckResult[], notes: Note[], retry: boolean): GradeResult {
  const points = pointsOf(checks);
  return {
    verdict,
    checks,
    passed: verdict === "pass",
    score: scoreOf(points),
    points,
    notes,
    retry,
  };
}
