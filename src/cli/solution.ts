// `pytutor solution [exercise]`: the reference solution, once the exercise has
// passed in this workspace (or, with --force, after saying yes).
import type { Lang } from "../i18n/lang.js";
import { progressOf } from "../workspace/state.js";
import { loadState } from "../workspace/workspace.js";
import { confirmAction } from "./confirm.js";
import { loadExercises } from "../context/catalogue.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";
import { warnOnStderr } from "./warn.js";
import { needWorkspace, pickExercise, stateOptions } from "../workspace/shared.js";
import { notPassedYet, solutionText, solutionTexts } from "../workspace/solution.js";

export async function runSolution(name: string | undefined, options: GlobalOptions & { force?: boolean; yes?: boolean }, lang: Lang): Promise<number> {
  const ws = needWorkspace("solution");
  const exercise = await pickExercise(options, name, ws, lang, { es: "pytutor solution <ejercicio>", en: "pytutor solution <exercise>" }, warnOnStderr);
  const { id } = exercise.spec;
  const exercises = await loadExercises(options);
  const state = await loadState(ws, stateOptions(lang, exercises));
  if (progressOf(state, id).status !== "done") {
    if (!options.force) throw notPassedYet(id);
    if (!(await confirmAction(solutionTexts.question(id), options.yes, `solution ${id} --force`, lang))) {
      process.stdout.write(solutionTexts.declined[lang]);
      return EXIT.ok;
    }
  }
  process.stdout.write(solutionText(exercise, lang));
  return EXIT.ok;
}
