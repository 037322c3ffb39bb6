// What `grade` says when the batch is done: the counts, the assignment, where the reports are.
import { relative } from "node:path";
import { count, type Lang } from "../i18n/lang.js";
import type { BatchDocument } from "../batch/types.js";
import { safeProse, safeText } from "../util/sanitize.js";
import type { Course } from "../course/load.js";

export function summaryText(doc: BatchDocument, out: string, lang: Lang): string {
  const { summary } = doc;
  const es = lang === "es";
  const lines = [
    ...assignmentLines(doc, lang),
    es
      ? `${count(summary.submissions, "entrega", "entregas")} de ${count(summary.students, "estudiante", "estudiantes")}: ${count(summary.passed, "correcta", "correctas")}, ${summary.failed} con fallos, ${summary.undecided} sin decidir${summary.errors ? `, ${summary.errors} sin corregir` : ""}.`
      : `${count(summary.submissions, "submission", "submissions")} from ${count(summary.students, "student", "students")}: ${summary.passed} passed, ${summary.failed} failed, ${summary.undecided} undecided${summary.errors ? `, ${summary.errors} not graded` : ""}.`,
    es ? `Ejecución: ${doc.isolation.text.es}.` : `Runs: ${doc.isolation.text.en}.`,
  ];
  if (doc.unmatched.length > 0) {
    lines.push(es ? `${count(doc.unmatched.length, "archivo", "archivos")} sin corregir:` : `${count(doc.unmatched.length, "file", "files")} not graded:`);
    for (const u of doc.unmatched) lines.push(`  ${safeText(u.path, 300)}: ${safeProse(u.reason[lang])}`);
  }
  const near = relative(process.cwd(), out);
  const rel = near === "" ? "." : near.startsWith("..") ? out : near;
  lines.push(es ? `Informes en ${rel}/: gradebook.csv, results.json, report.html, junit.xml, moodle.csv, canvas.csv, feedback/` : `Reports in ${rel}/: gradebook.csv, results.json, report.html, junit.xml, moodle.csv, canvas.csv, feedback/`);
  return `${lines.join("\n")}\n`;
}

// What the gradebook's columns and total are, when an assignment fixed them.
function assignmentLines(doc: BatchDocument, lang: Lang): string[] {
  const es = lang === "es";
  const lines = doc.course ? [es ? `Curso: ${doc.course}.` : `Course: ${doc.course}.`] : [];
  if (doc.assignment === undefined) return lines;
  const weighted = doc.exercises.map((e) => `${e.id} ×${weightText(e.weight ?? 1, lang)}`).join(", ");
  lines.push(
    es
      ? `Tarea «${doc.assignment}»: ${weighted}; el total es la media ponderada y lo no entregado cuenta 0.`
      : `Assignment «${doc.assignment}»: ${weighted}; the total is the weighted mean and what was not sent counts 0.`,
  );
  return lines;
}

// Without --assignment the columns are whatever was sent: said once, with the way out.
export function noAssignmentNote(doc: BatchDocument, course: Course | undefined, lang: Lang): string {
  const es = lang === "es";
  const names = course?.assignments.map((a) => a.name) ?? [];
  const example = names[0] ?? doc.exercises.map((e) => e.id).join(",");
  const ofCourse = names.length > 0 ? (es ? ` (tareas de ${course?.file}: ${names.join(", ")})` : ` (assignments in ${course?.file}: ${names.join(", ")})`) : "";
  const weighted = doc.exercises.some((e) => e.weight !== undefined && e.weight !== 1);
  const mean = weighted
    ? es
      ? `la media ponderada con los pesos de ${course?.file} (${doc.exercises.map((e) => `${e.id} ×${weightText(e.weight ?? 1, lang)}`).join(", ")})`
      : `the mean weighted by ${course?.file}'s weights (${doc.exercises.map((e) => `${e.id} ×${weightText(e.weight ?? 1, lang)}`).join(", ")})`
    : es
      ? "la media sobre ellos"
      : "the mean over them";
  return es
    ? `pytutor: nota: sin --assignment, las columnas son los ejercicios que alguien entregó (${doc.exercises.map((e) => e.id).join(", ")}) y el total es ${mean}. Para fijarlas: --assignment ${example}${ofCourse}.\n`
    : `pytutor: note: without --assignment, the columns are the exercises someone sent (${doc.exercises.map((e) => e.id).join(", ")}) and the total is ${mean}. To fix them: --assignment ${example}${ofCourse}.\n`;
}

// A course file's weights: «2», «1,5» (es) or «1.5» (en).
function weightText(weight: number, lang: Lang): string {
  const text = String(weight);
  return lang === "es" ? text.replace(".", ",") : text;
}
