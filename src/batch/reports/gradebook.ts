// gradebook.csv: one row per student, one column per exercise, grades 0–10.
// With a BOM so Excel reads the accents as UTF-8.
import type { Lang } from "../../i18n/lang.js";
import type { BatchDocument } from "../types.js";
import { csv } from "./csv.js";
import { gradeCell } from "./common.js";

export function gradebookCsv(doc: BatchDocument, lang: Lang): string {
  const es = lang === "es";
  const exercises = doc.exercises.map((e) => e.id);
  const header = [es ? "Estudiante" : "Student", es ? "ID de estudiante" : "Student ID", ...exercises, "Total"];
  const rows = doc.students.map((row) => [
    row.student,
    row.studentId ?? "",
    ...exercises.map((id) => gradeCell(row, id)),
    row.total.toFixed(2),
  ]);
  return csv([header, ...rows], { bom: true });
}
