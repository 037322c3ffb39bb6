// Exercises with `cases`: several runs, each with its own input and checks.
// What every reader of a spec needs to see them as one list of checks.
import type { Case, Check, Spec } from "./schema.js";

// A check as reports name it: `case-id/check-id` inside a case, its own id otherwise.
export type NamedCheck = { id: string; check: Check; case?: Case };

export function caseCheckId(c: Pick<Case, "id">, check: Pick<Check, "id">): string {
  return `${c.id}/${check.id}`;
}

// Every check the exercise grades, in report order: without cases, the spec's
// checks; with cases, for each case the spec's checks and then its own.
export function namedChecks(spec: Pick<Spec, "checks" | "cases">): NamedCheck[] {
  if (!spec.cases) return spec.checks.map((check) => ({ id: check.id, check }));
  return spec.cases.flatMap((c) => [...spec.checks, ...c.checks].map((check) => ({ id: caseCheckId(c, check), check, case: c })));
}

// The points an exercise is worth: every check that counts, in every case.
export function specPoints(spec: Pick<Spec, "checks" | "cases">, options: { advice?: boolean } = {}): number {
  return namedChecks(spec).reduce((a, { check }) => a + (check.advice && !options.advice ? 0 : check.points), 0);
}

// The spec one case's run is graded with: the case's input, arguments and
// time limit, and its checks after the spec's own. No cases of its own.
export function caseSpec(spec: Spec, c: Case): Spec {
  const { cases: _cases, ...rest } = spec;
  return {
    ...rest,
    run: {
      ...spec.run,
      ...(c.input !== undefined ? { input: c.input } : {}),
      ...(c.args !== undefined ? { args: c.args } : {}),
      ...(c.timeout !== undefined ? { timeout: c.timeout } : {}),
    },
    checks: [...spec.checks, ...c.checks],
  };
}
