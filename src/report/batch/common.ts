// What the batch reports share: grades on the teacher's 0–10 scale and a
// student's submissions in the course's order.
import type { Lang } from "../../i18n/lang.js";
import type { BatchCheck, BatchDocument, StudentRow, Submission } from "../../batch/types.js";

// A 0–1 score as a 0–10 grade with two decimals and a dot, as files for machines want it.
export function grade10(score: number): string {
  return (score * 10).toFixed(2);
}

// With an assignment (--assignment) the gradebook's exercises are fixed and an
// exercise not sent is a 0; without one, it is left empty.
export function missingIsZero(doc: BatchDocument): boolean {
  return doc.assignment !== undefined;
}

// A spreadsheet cell for one exercise: empty when the student sent nothing,
// or 0.00 when `zero` (an assignment's exercise not sent).
export function gradeCell(row: StudentRow, exercise: string, zero = false): string {
  const score = row.scores[exercise] ?? (zero ? 0 : undefined);
  return score === undefined ? "" : grade10(score);
}

// What a check is called in `lang`; its id only if it has no title at all.
export function checkTitle(check: BatchCheck, lang: Lang): string {
  return check.title?.[lang]?.trim() || check.title?.es?.trim() || check.title?.en?.trim() || check.id;
}

// A number for a person to read: Spanish writes the decimal comma.
export function decimal(value: number, digits: number, lang: Lang): string {
  const text = value.toFixed(digits);
  return lang === "es" ? text.replace(".", ",") : text;
}

export function submissionsOf(doc: BatchDocument, student: string): Submission[] {
  const order = doc.exercises.map((e) => e.id);
  const rank = (s: Submission) => (order.includes(s.exercise) ? order.indexOf(s.exercise) : order.length);
  return doc.submissions.filter((s) => s.student === student).sort((a, b) => rank(a) - rank(b));
}
