// `pytutor reset <exercise>`: back to the exercise's starter, after asking
// (src/workspace/reset.ts keeps the learner's file first).
import type { Lang } from "../i18n/lang.js";
import { confirmAction } from "./confirm.js";
import { getExercise } from "../context/catalogue.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";
import { warnOnStderr } from "./warn.js";
import { needWorkspace } from "../workspace/shared.js";
import { backUpAndReplace, planReset, resetTexts, restoreStarter } from "../workspace/reset.js";

export async function runReset(name: string, options: GlobalOptions & { yes?: boolean }, lang: Lang): Promise<number> {
  const ws = needWorkspace("reset");
  const exercise = await getExercise(options, name, lang, warnOnStderr);
  const { spec } = exercise;
  const plan = planReset(ws, exercise);
  if (plan.kind === "restore") {
    restoreStarter(plan);
    process.stdout.write(resetTexts.restored(spec.id, plan.path)[lang]);
    return EXIT.ok;
  }
  if (plan.kind === "already-starter") {
    process.stdout.write(resetTexts.alreadyStarter(plan.path)[lang]);
    return EXIT.ok;
  }
  if (!(await confirmAction(resetTexts.question(spec.id, spec.file), options.yes, `reset ${spec.id}`, lang))) {
    process.stdout.write(resetTexts.declined[lang]);
    return EXIT.ok;
  }
  const backup = backUpAndReplace(ws, exercise, plan);
  process.stdout.write(resetTexts.replaced(spec.id, plan.path, backup)[lang]);
  return EXIT.ok;
}
