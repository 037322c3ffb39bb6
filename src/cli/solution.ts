// `pytutor solution [exercise]`: the reference solution, once the exercise has
// passed in this workspace (or, with --force, after saying yes).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { both, type Lang } from "../i18n/lang.js";
import { progressOf } from "../workspace/state.js";
import { loadState } from "../workspace/workspace.js";
import { confirmAction } from "./confirm.js";
import { loadExercises } from "../context/catalogue.js";
import { PytutorError } from "../errors.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";
import { warnOnStderr } from "./warn.js";
import { needWorkspace, pickExercise, stateOptions } from "../workspace/shared.js";

export async function runSolution(name: string | undefined, options: GlobalOptions & { force?: boolean; yes?: boolean }, lang: Lang): Promise<number> {
  const ws = needWorkspace("solution");
  const exercise = await pickExercise(options, name, ws, lang, { es: "pytutor solution <ejercicio>", en: "pytutor solution <exercise>" }, warnOnStderr);
  const { spec } = exercise;
  const exercises = await loadExercises(options);
  const state = await loadState(ws, stateOptions(lang, exercises));
  const passed = progressOf(state, spec.id).status === "done";
  if (!passed) {
    if (!options.force) {
      throw new PytutorError(
        both(
          `todavía no has superado ${spec.id} en este espacio de trabajo: la solución de referencia se enseña cuando \`pytutor check ${spec.id}\` lo da por superado. Antes, prueba con una pista: \`pytutor hint ${spec.id}\`. Si de verdad quieres verla ya: \`pytutor solution ${spec.id} --force\`.`,
          `you have not passed ${spec.id} in this workspace yet: the reference solution is shown once \`pytutor check ${spec.id}\` passes it. Try a hint first: \`pytutor hint ${spec.id}\`. If you really want to see it now: \`pytutor solution ${spec.id} --force\`.`,
        ),
        "bad-input",
      );
    }
    const yes = await confirmAction(
      both(`Aún no has superado ${spec.id}. ¿Ver la solución de referencia de todos modos?`, `You have not passed ${spec.id} yet. See the reference solution anyway?`),
      options.yes,
      `solution ${spec.id} --force`,
      lang,
    );
    if (!yes) {
      process.stdout.write(lang === "es" ? "De acuerdo: no te la enseño. Ánimo.\n" : "All right: it stays hidden. Keep going.\n");
      return EXIT.ok;
    }
  }
  let source: string;
  try {
    source = readFileSync(join(exercise.dir, spec.solution), "utf8");
  } catch (error) {
    const message = (error as Error).message;
    throw new PytutorError(both(`no puedo leer la solución de ${spec.id}: ${message}`, `cannot read the solution of ${spec.id}: ${message}`), "bad-input");
  }
  // A Python comment, so that the output can be saved as a file as it is.
  const head = lang === "es" ? `# Solución de referencia de ${spec.id} · ${spec.title.es}` : `# Reference solution of ${spec.id} · ${spec.title.en}`;
  process.stdout.write(`${head}\n\n${source.endsWith("\n") ? source : `${source}\n`}`);
  return EXIT.ok;
}
