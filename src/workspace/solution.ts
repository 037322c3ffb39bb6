// The reference solution is shown once the exercise has passed in the
// workspace; before, only with --force and a yes. What `solution` says.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { both, type Lang, type Text } from "../i18n/lang.js";
import type { Exercise } from "../catalog/exercise.js";
import { PytutorError } from "../errors.js";

// Not passed and no --force: refused, with a hint first and --force last.
export function notPassedYet(id: string): PytutorError {
  return new PytutorError(
    both(
      `todavía no has superado ${id} en este espacio de trabajo: la solución de referencia se enseña cuando \`pytutor check ${id}\` lo da por superado. Antes, prueba con una pista: \`pytutor hint ${id}\`. Si de verdad quieres verla ya: \`pytutor solution ${id} --force\`.`,
      `you have not passed ${id} in this workspace yet: the reference solution is shown once \`pytutor check ${id}\` passes it. Try a hint first: \`pytutor hint ${id}\`. If you really want to see it now: \`pytutor solution ${id} --force\`.`,
    ),
    "bad-input",
  );
}

export const solutionTexts = {
  question: (id: string): Text => both(`Aún no has superado ${id}. ¿Ver la solución de referencia de todos modos?`, `You have not passed ${id} yet. See the reference solution anyway?`),
  declined: both("De acuerdo: no te la enseño. Ánimo.\n", "All right: it stays hidden. Keep going.\n"),
};

// The solution under a Python comment, so that the output can be saved as a file as it is.
export function solutionText(exercise: Exercise, lang: Lang): string {
  const { spec } = exercise;
  let source: string;
  try {
    source = readFileSync(join(exercise.dir, spec.solution), "utf8");
  } catch (error) {
    const message = (error as Error).message;
    throw new PytutorError(both(`no puedo leer la solución de ${spec.id}: ${message}`, `cannot read the solution of ${spec.id}: ${message}`), "bad-input");
  }
  const head = lang === "es" ? `# Solución de referencia de ${spec.id} · ${spec.title.es}` : `# Reference solution of ${spec.id} · ${spec.title.en}`;
  return `${head}\n\n${source.endsWith("\n") ? source : `${source}\n`}`;
}
