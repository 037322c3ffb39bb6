// gradebook.csv: one row per student, one column per exercise, grades 0–10,
// for a spreadsheet program. It opens right in the language it is written in:
// Spanish-locale Excel and LibreOffice split on `;` and read `8,33`, English
// ones split on `,` and read `8.33`. With a BOM so Excel reads the accents as
// UTF-8. With an assignment, an exercise not sent is a 0 in its column.
import type { Lang } from "../../i18n/lang.js";
import type { BatchDocument } from "../../batch/types.js";
import { csv, type CsvSeparator } from "./csv.js";
import { decimal, missingIsZero } from "./common.js";

export const GRADEBOOK_SEPARATOR: Record<Lang, CsvSeparator> = { es: ";", en: "," };

export function gradebookCsv(doc: BatchDocument, lang: Lang): string {
  const es = lang === "es";
  const exercises = doc.exercises.map((e) => e.id);
  const zero = missingIsZero(doc);
  const header = [es ? "Estudiante" : "Student", es ? "ID de estudiante" : "Student ID", ...exercises, "Total"];
  const rows = doc.students.map((row) => [
    row.student,
    row.studentId ?? "",
    ...exercises.map((id) => {
      const score = row.scores[id] ?? (zero ? 0 : undefined);
      return score === undefined ? "" : decimal(score * 10, 2, lang);
    }),
    decimal(row.total, 2, lang),
  ]);
  return csv([header, ...rows], { bom: true, separator: GRADEBOOK_SEPARATOR[lang] });
}
