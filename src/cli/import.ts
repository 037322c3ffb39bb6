// `pytutor import <file> --out <folder>`: a course's existing grader (GitHub
// Classroom's autograding.json or workflow, check50's .cs50.yaml) as a pytutor
// exercise with one case per test, keeping the original's comparisons, input,
// arguments, exit codes, timeouts and points. Whatever cannot be translated is
// said, on the terminal and in IMPORTADO.md / IMPORTED.md, never dropped.
import { join, relative } from "node:path";
import type { Lang } from "../i18n/lang.js";
import { importExercise, type ImportOptions } from "../import/create.js";
import { noteLines, NOTE_FILE, SOURCE_NAME } from "../import/write.js";
import { EXIT } from "./exit-codes.js";

export async function runImport(file: string, options: ImportOptions, lang: Lang): Promise<number> {
  const es = lang === "es";
  const { id, dir, plan, solution, folderFlag } = await importExercise(file, options, lang);
  const shownDir = relative(process.cwd(), dir);
  const points = plan.cases.reduce((a, c) => a + c.checks.reduce((b, k) => b + (typeof k.points === "number" ? k.points : 1), 0), 0);
  const out = [
    es
      ? `Importado «${id}» de ${SOURCE_NAME[plan.source].es} en ${shownDir}: ${plan.cases.length} ${plan.cases.length === 1 ? "caso" : "casos"}, ${points} ${points === 1 ? "punto" : "puntos"}, archivo del estudiante ${plan.file}`
      : `Imported «${id}» from ${SOURCE_NAME[plan.source].en} into ${shownDir}: ${plan.cases.length} ${plan.cases.length === 1 ? "case" : "cases"}, ${points} ${points === 1 ? "point" : "points"}, learner's file ${plan.file}`,
    ...plan.cases.map((c) => `  ✓ ${c.id}  ${c.title[lang]}`),
  ];
  if (plan.notes.length > 0) {
    out.push("", es ? `No traducido (${plan.notes.length}; también en ${join(shownDir, NOTE_FILE.es)}):` : `Not translated (${plan.notes.length}; also in ${join(shownDir, NOTE_FILE.en)}):`);
    out.push(...noteLines(plan.notes, lang).map((l) => `  ! ${l}`));
  }
  out.push(
    "",
    es ? "Ahora:" : "Next:",
    ...(solution === undefined
      ? [es ? `  copia tu solución de referencia en ${join(shownDir, "solution.py")} (hasta entonces verify falla)` : `  copy your reference solution into ${join(shownDir, "solution.py")} (until then verify fails)`]
      : []),
    `  pytutor verify ${id} ${folderFlag}`,
    `  pytutor check ${id} ${plan.file} ${folderFlag}`,
  );
  process.stdout.write(`${out.join("\n")}\n`);
  return EXIT.ok;
}
