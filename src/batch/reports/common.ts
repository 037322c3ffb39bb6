// What the batch reports share: grades on the teacher's 0–10 scale and a
// student's submissions in the course's order.
import type { Lang } from "../../i18n/lang.js";
import type { BatchDocument, StudentRow, Submission } from "../types.js";

// A 0–1 score as a 0–10 grade with two decimals and a dot, as files for machines want it.
export function grade10(score: number): string {
  return (score * 10).toFixed(2);
}

// A spreadsheet cell for one exercise: empty when the student sent nothing.
export function gradeCell(row: StudentRow, exercise: string): string {
  const score = row.scores[exercise];
  return score === undefined ? "" : grade10(score);
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
