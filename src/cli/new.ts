// `pytutor new <id>`: creates the exercise (src/authoring/) and says what is
// in it and what to run next.
import { join, relative } from "node:path";
import type { Lang } from "../i18n/lang.js";
import { createExercise } from "../authoring/create.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";

export async function runNew(id: string, options: GlobalOptions, lang: Lang): Promise<number> {
  const { root, dir, flag, scaffold } = await createExercise(id, options, lang);
  const shownRoot = relative(process.cwd(), root) || ".";
  const shownDir = relative(process.cwd(), dir);
  const folderFlag = `${flag} ${/\s/u.test(shownRoot) ? JSON.stringify(shownRoot) : shownRoot}`;
  const es = lang === "es";
  const rows: Array<[string, string]> = [
    ["exercise.yaml", es ? "la spec: título, pistas, comprobaciones, variantes" : "the spec: title, hints, checks, variants"],
    [scaffold.statement, es ? "el enunciado que ve el estudiante (pytutor show)" : "the statement the learner reads (pytutor show)"],
    ["starter.py", es ? "la plantilla: se ejecuta, pero no pasa" : "the starter: it runs, but does not pass"],
    ["solution.py", es ? "la solución de referencia: pasa" : "the reference solution: it passes"],
    [scaffold.variant, es ? "un programa mal a propósito: falla en la comprobación que dice" : "a program wrong on purpose: it fails on the check it names"],
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
  process.stdout.write(`${out.join("\n")}\n`);
  return EXIT.ok;
}
