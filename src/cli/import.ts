// `pytutor import <file> --out <folder>`: a course's existing grader (GitHub
// Classroom's autograding.json or workflow, check50's .cs50.yaml) as a pytutor
// exercise with one case per test, keeping the original's comparisons, input,
// arguments, exit codes, timeouts and points. Whatever cannot be translated is
// said, on the terminal and in IMPORTADO.md / IMPORTED.md, never dropped.
import { relative } from "node:path";
import type { Lang } from "../i18n/lang.js";
import { importExercise, type ImportOptions } from "../import/create.js";
import { noteLines, NOTE_FILE, SOURCE_NAME } from "../import/write.js";
import { importedText } from "../report/authoring.js";
import { EXIT } from "./exit-codes.js";

export async function runImport(file: string, options: ImportOptions, lang: Lang): Promise<number> {
  const { id, dir, plan, solution, folderFlag } = await importExercise(file, options, lang);
  const points = plan.cases.reduce((a, c) => a + c.checks.reduce((b, k) => b + (typeof k.points === "number" ? k.points : 1), 0), 0);
  const facts = { id, shownDir: relative(process.cwd(), dir), folderFlag, sourceName: SOURCE_NAME[plan.source], cases: plan.cases, points, file: plan.file };
  process.stdout.write(importedText({ ...facts, notes: noteLines(plan.notes, lang), noteFile: NOTE_FILE, solutionGiven: solution !== undefined }, lang));
  return EXIT.ok;
}
