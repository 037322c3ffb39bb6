// An exercise with `cases` runs once per case; each run is graded on its own
// (grade.ts) and the results merged here into one, so every report reads it
// as one list of checks. Pure.
import type { Case } from "../catalog/schema.js";
import { caseCheckId } from "../catalog/cases.js";
import { both } from "../i18n/lang.js";
import type { CheckResult, GradeResult, Note } from "./result.js";
import { combinedVerdict, gradeResult } from "./verdict.js";

export type GradedCase = { case: Case; result: GradeResult };

// The case whose run a report shows: the first that did not pass, else the last.
export function shownCase(parts: readonly GradedCase[]): number {
  const failing = parts.findIndex((p) => p.result.verdict !== "pass");
  return failing >= 0 ? failing : parts.length - 1;
}

// One result from every case's: checks named `case/check` and titled
// «case: check», notes said of their case, the worst verdict, points added up.
// Line numbers only make sense for the run a report shows (`shown`): the
// other cases' checks and notes keep none.
export function mergeCaseResults(parts: readonly GradedCase[], shown: number): GradeResult {
  const checks: CheckResult[] = parts.flatMap(({ case: c, result }, k) =>
    result.checks.map((r) => {
      const { lines, near, ...rest } = r;
      return {
        ...rest,
        id: caseCheckId(c, r),
        title: both(`${c.title.es}: ${r.title.es}`, `${c.title.en}: ${r.title.en}`),
        ...(k === shown && lines ? { lines } : {}),
        ...(k === shown && near ? { near } : {}),
      };
    }),
  );
  const notes: Note[] = [];
  if (parts.length > 1) {
    const c = parts[shown]?.case;
    if (c) {
      notes.push({
        kind: "case",
        text: both(
          `El programa se ejecutó ${parts.length} veces, una por caso; la salida que se muestra es la del caso «${c.title.es}».`,
          `The program ran ${parts.length} times, once per case; the output shown is that of case «${c.title.en}».`,
        ),
      });
    }
  }
  parts.forEach(({ case: c, result }, k) => {
    for (const note of result.notes) {
      const { lines, brief, ...rest } = note;
      notes.push({
        ...rest,
        text: both(`Caso «${c.title.es}»: ${note.text.es}`, `Case «${c.title.en}»: ${note.text.en}`),
        ...(brief ? { brief: both(`Caso «${c.title.es}»: ${brief.es}`, `Case «${c.title.en}»: ${brief.en}`) } : {}),
        ...(k === shown && lines ? { lines } : {}),
      });
    }
  });
  // Each case was run again on its own when it needed to be: no retry.
  return gradeResult(combinedVerdict(parts.map((p) => p.result.verdict)), checks, notes, false);
}
