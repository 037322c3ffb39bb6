// `pytutor init [folder]`: the learner's workspace, one starter per exercise,
// a README and the progress file. Never overwrites a file that is already there.
import { count, type Lang } from "../i18n/lang.js";
import { loadExercises } from "../context/catalogue.js";
import { initWorkspace } from "../workspace/init.js";
import { countDone } from "../workspace/state.js";
import { shown } from "../workspace/shared.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";

export { DEFAULT_FOLDER } from "../workspace/init.js";

export async function runInit(folder: string | undefined, options: GlobalOptions, lang: Lang): Promise<number> {
  const exercises = await loadExercises(options);
  const { root, state, wasWorkspace, added, kept } = await initWorkspace(folder, exercises, options, lang);
  const out: string[] = [];
  const es = lang === "es";
  if (wasWorkspace) {
    const done = countDone(state, exercises.map((e) => e.spec.id));
    out.push(
      es
        ? `${root} ya es un espacio de trabajo: tu progreso se conserva (${done} de ${exercises.length} superados).`
        : `${root} is already a workspace: your progress is kept (${done} of ${exercises.length} passed).`,
    );
    out.push(
      added.length > 0
        ? es
          ? `Añadí lo que faltaba: ${added.join(", ")}. No he tocado ninguno de tus archivos.`
          : `Added what was missing: ${added.join(", ")}. None of your files was touched.`
        : es
          ? "No faltaba nada; no he tocado ninguno de tus archivos."
          : "Nothing was missing; none of your files was touched.",
    );
  } else {
    const starters = added.filter((f) => f !== "README.md").length;
    out.push(
      es
        ? `Espacio de trabajo creado en ${root}: ${count(starters, "plantilla", "plantillas")} de ejercicio, README.md y .pytutor/state.json.`
        : `Workspace created in ${root}: ${count(starters, "exercise template", "exercise templates")}, README.md and .pytutor/state.json.`,
    );
    if (kept.length > 0) {
      out.push(
        es
          ? `Ya había archivos con esos nombres y no los toqué: ${kept.join(", ")}.`
          : `Files with those names were already there and were left alone: ${kept.join(", ")}.`,
      );
    }
    out.push("", es ? "Para empezar:" : "To begin:");
    if (root !== process.cwd()) out.push(`  cd ${shown(root)}`);
    out.push("  pytutor next");
  }
  process.stdout.write(`${out.join("\n")}\n`);
  return EXIT.ok;
}
