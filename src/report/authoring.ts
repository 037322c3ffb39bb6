// What a course's author reads after `pytutor new` and `pytutor import`: what
// was made, where, and the commands to run next. The CLI hands in plain facts
// (folders already relative to where the author is).
import { join } from "node:path";
import type { Lang, Text } from "../i18n/lang.js";

// `new`: the five files of the exercise and what each is for.
export function createdText(made: { id: string; shownDir: string; folderFlag: string; statement: string; variant: string }, lang: Lang): string {
  const { id, shownDir, folderFlag } = made;
  const es = lang === "es";
  const rows: Array<[string, string]> = [
    ["exercise.yaml", es ? "la spec: título, pistas, comprobaciones, variantes" : "the spec: title, hints, checks, variants"],
    [made.statement, es ? "el enunciado que ve el estudiante (pytutor show)" : "the statement the learner reads (pytutor show)"],
    ["starter.py", es ? "la plantilla: se ejecuta, pero no pasa" : "the starter: it runs, but does not pass"],
    ["solution.py", es ? "la solución de referencia: pasa" : "the reference solution: it passes"],
    [made.variant, es ? "un programa mal a propósito: falla en la comprobación que dice" : "a program wrong on purpose: it fails on the check it names"],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  const out = [
    es ? `Creado el ejercicio «${id}» en ${shownDir}:` : `Created exercise «${id}» in ${shownDir}:`,
    ...rows.map(([name, what]) => `  ${name.padEnd(width)}  ${what}`),
    "",
    es ? "Ahora:" : "Next:",
    `  pytutor verify ${id} ${folderFlag}`,
    `  pytutor check ${id} ${join(shownDir, "solution.py")} ${folderFlag}`,
    `  pytutor show ${id} ${folderFlag}`,
    "",
    es
      ? "Edita los archivos y vuelve a pasar verify hasta que diga TODO CORRECTO (docs/autoria.md)."
      : "Edit the files and run verify again until it says ALL GOOD (docs/authoring.md).",
  ];
  return `${out.join("\n")}\n`;
}

export type ImportedFacts = {
  id: string;
  shownDir: string;
  folderFlag: string;
  // The grader it came from, as named in IMPORTADO.md.
  sourceName: Text;
  cases: Array<{ id: string; title: Text }>;
  points: number;
  file: string | undefined;
  // What could not be translated, one line each, and the file that keeps them.
  notes: string[];
  noteFile: Text;
  solutionGiven: boolean;
};

// `import`: the cases made, what was not translated, and what to run next.
export function importedText(facts: ImportedFacts, lang: Lang): string {
  const { id, shownDir, folderFlag, cases, points, file } = facts;
  const es = lang === "es";
  const out = [
    es
      ? `Importado «${id}» de ${facts.sourceName.es} en ${shownDir}: ${cases.length} ${cases.length === 1 ? "caso" : "casos"}, ${points} ${points === 1 ? "punto" : "puntos"}, archivo del estudiante ${file}`
      : `Imported «${id}» from ${facts.sourceName.en} into ${shownDir}: ${cases.length} ${cases.length === 1 ? "case" : "cases"}, ${points} ${points === 1 ? "point" : "points"}, learner's file ${file}`,
    ...cases.map((c) => `  ✓ ${c.id}  ${c.title[lang]}`),
  ];
  if (facts.notes.length > 0) {
    out.push("", es ? `No traducido (${facts.notes.length}; también en ${join(shownDir, facts.noteFile.es)}):` : `Not translated (${facts.notes.length}; also in ${join(shownDir, facts.noteFile.en)}):`);
    out.push(...facts.notes.map((l) => `  ! ${l}`));
  }
  out.push(
    "",
    es ? "Ahora:" : "Next:",
    ...(facts.solutionGiven
      ? []
      : [es ? `  copia tu solución de referencia en ${join(shownDir, "solution.py")} (hasta entonces verify falla)` : `  copy your reference solution into ${join(shownDir, "solution.py")} (until then verify fails)`]),
    `  pytutor verify ${id} ${folderFlag}`,
    `  pytutor check ${id} ${file} ${folderFlag}`,
  );
  return `${out.join("\n")}\n`;
}
