// `pytutor reset <exercise>`: back to the exercise's starter, after asking
// (src/workspace/reset.ts keeps the learner's file first).
import { both, type Lang } from "../i18n/lang.js";
import { confirmAction } from "./confirm.js";
import { getExercise } from "../context/catalogue.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";
import { warnOnStderr } from "./warn.js";
import { needWorkspace, shown } from "../workspace/shared.js";
import { backUpAndReplace, planReset, restoreStarter } from "../workspace/reset.js";

export async function runReset(name: string, options: GlobalOptions & { yes?: boolean }, lang: Lang): Promise<number> {
  const ws = needWorkspace("reset");
  const exercise = await getExercise(options, name, lang, warnOnStderr);
  const { spec } = exercise;
  const es = lang === "es";
  const plan = planReset(ws, exercise);
  if (plan.kind === "restore") {
    restoreStarter(plan);
    process.stdout.write(es ? `Volví a poner la plantilla de ${spec.id} en ${shown(plan.path)}.\n` : `The template of ${spec.id} is back in ${shown(plan.path)}.\n`);
    return EXIT.ok;
  }
  if (plan.kind === "already-starter") {
    process.stdout.write(es ? `${shown(plan.path)} ya es la plantilla: no hay nada que restaurar.\n` : `${shown(plan.path)} is already the template: nothing to restore.\n`);
    return EXIT.ok;
  }
  const yes = await confirmAction(
    both(
      `¿Volver a la plantilla de ${spec.id}? Tu ${spec.file} actual se guardará en .pytutor/backups/.`,
      `Go back to the template of ${spec.id}? Your current ${spec.file} will be kept in .pytutor/backups/.`,
    ),
    options.yes,
    `reset ${spec.id}`,
    lang,
  );
  if (!yes) {
    process.stdout.write(es ? "De acuerdo: no he cambiado nada.\n" : "All right: nothing was changed.\n");
    return EXIT.ok;
  }
  const backup = backUpAndReplace(ws, exercise, plan);
  process.stdout.write(
    es
      ? `Volví a poner la plantilla de ${spec.id} en ${shown(plan.path)}.\nTu versión anterior está en ${shown(backup)}.\n`
      : `The template of ${spec.id} is back in ${shown(plan.path)}.\nYour previous version is in ${shown(backup)}.\n`,
  );
  return EXIT.ok;
}
