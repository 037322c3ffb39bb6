// Grade files that Moodle and Canvas import as they are; docs/lms-exports.md
// explains their columns and how to upload them.
import type { Lang } from "../../i18n/lang.js";
import type { BatchDocument, StudentRow } from "../../batch/types.js";
import { csv } from "./csv.js";
import { VERDICT_WORD } from "../verdict-words.js";
import { checkTitle, grade10, gradeCell, missingIsZero, submissionsOf } from "./common.js";

// Moodle's "offline grading worksheet". Its importer finds columns by their
// English names and refuses a file without "Last modified (grade)"; a grade
// changed in Moodle after that moment is kept unless the teacher overrides it.
export function moodleCsv(doc: BatchDocument, lang: Lang): string {
  const header = ["Identifier", "Full name", "Grade", "Maximum Grade", "Last modified (grade)", "Feedback comments"];
  const rows = doc.students.map((row) => [
    row.studentId ? `Participant ${row.studentId}` : "",
    row.student,
    row.total.toFixed(2),
    "10.00",
    doc.generatedAt,
    summaryLine(doc, row, lang),
  ]);
  return csv([header, ...rows], { bom: false });
}

// Canvas's gradebook import: one new assignment column per exercise, out of 10
// points. No comments: Canvas turns every column it does not know into a new
// assignment, so a comment column would become one (the comments go to
// feedback/, and to Moodle's file). With an assignment, an exercise not sent
// is a 0; without one it is empty, which leaves Canvas's grade as it was.
export function canvasCsv(doc: BatchDocument, _lang: Lang): string {
  const zero = missingIsZero(doc);
  const exercises = doc.exercises.map((e) => e.id);
  const header = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", ...exercises.map((id) => `pytutor ${id}`)];
  const possible = ["Points Possible", "", "", "", "", ...exercises.map(() => "10")];
  const rows = doc.students.map((row) => [
    row.student,
    row.studentId ?? "",
    "",
    "",
    "",
    ...exercises.map((id) => gradeCell(row, id, zero)),
  ]);
  return csv([header, possible, ...rows], { bom: false });
}

// "ejercicio1 10.00; ejercicio2 6.67 (falló: Imprime los números en orden)":
// one line, since Moodle shows the comment to the student as it is; checks by
// their titles in `lang`, never by their ids.
function summaryLine(doc: BatchDocument, row: StudentRow, lang: Lang): string {
  const es = lang === "es";
  const sent = new Map(submissionsOf(doc, row.student).map((s) => [s.exercise, s]));
  const zero = missingIsZero(doc);
  return doc.exercises
    .map(({ id }) => {
      const submission = sent.get(id);
      if (!submission) return zero ? `${id} ${grade10(0)} (${es ? "sin entregar" : "not submitted"})` : `${id} ${es ? "sin entregar" : "not submitted"}`;
      const failed = submission.checks.filter((c) => c.status === "fail" && !c.advice).map((c) => checkTitle(c, lang));
      const undecided = submission.checks.filter((c) => c.status === "undecided" && !c.advice).map((c) => checkTitle(c, lang));
      const problems = [
        ...(failed.length ? [`${es ? "falló" : "failed"}: ${failed.join(", ")}`] : []),
        ...(undecided.length ? [`${es ? "sin decidir" : "undecided"}: ${undecided.join(", ")}`] : []),
        ...(submission.error ? [`error: ${submission.error[lang].replace(/\s+/g, " ")}`] : []),
      ];
      // A fail no check shows (the program stopped before any could be judged) still says so.
      if (submission.status === "fail" && failed.length === 0) problems.unshift(VERDICT_WORD[lang].fail.toLowerCase());
      return `${id} ${grade10(submission.score)}${problems.length ? ` (${problems.join(" · ")})` : ""}`;
    })
    .join("; ");
}
