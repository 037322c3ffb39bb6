// What the learner is told to do next: after `init` (the workspace made or
// completed) and after `next` (the exercise to work on, in three steps, or
// the congratulations once every exercise is passed).
import type { ChalkInstance } from "chalk";
import { count, type Lang } from "../i18n/lang.js";
import type { Exercise } from "../catalog/exercise.js";
import { countDone, type State } from "./state.js";
import { DIFFICULTY } from "./progress-view.js";
import type { Initialized } from "./init.js";
import { progressLine, shown, type FileState } from "./shared.js";

// `init`: what was made or added, what was left alone, and the first command.
export function initText(made: Initialized, exercises: Exercise[], lang: Lang, cwd: string): string {
  const { root, state, wasWorkspace, added, kept } = made;
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
    if (root !== cwd) out.push(`  cd ${shown(root)}`);
    out.push("  pytutor next");
  }
  return `${out.join("\n")}\n`;
}

// `next` once every exercise is passed.
export function allPassedText(exercises: Exercise[], lang: Lang, c: ChalkInstance): string {
  const first = exercises[0]?.spec.id ?? "ejercicio1";
  return lang === "es"
    ? `${c.green("¡Enhorabuena!")} Has superado ${exercises.length === 1 ? "el ejercicio" : `los ${exercises.length} ejercicios`} de «Python Avanzado».\nCompara tus soluciones con las de referencia (\`pytutor solution ${first}\`) o repasa cualquier enunciado con \`pytutor show\`.\n`
    : `${c.green("Congratulations!")} You have passed ${exercises.length === 1 ? "the exercise" : `all ${exercises.length} exercises`} of «Python Avanzado».\nCompare your solutions with the reference ones (\`pytutor solution ${first}\`) or review any statement with \`pytutor show\`.\n`;
}

// `next`: the exercise (the only one left when it was already current), its
// three steps, a missing file's remedy, and the progress.
export function nextText(exercise: Exercise, file: FileState, onlyOne: boolean, state: State, exercises: Exercise[], lang: Lang, c: ChalkInstance): string {
  const { spec } = exercise;
  const es = lang === "es";
  const lines = [
    `${c.bold(es ? (onlyOne ? "Te queda uno:" : "Siguiente:") : onlyOne ? "One left:" : "Next:")} ${c.bold(spec.id)} ${c.dim(`(${spec.alias})`)} · ${spec.title[lang]} ${c.dim(`· ${DIFFICULTY[lang][spec.difficulty]}`)}`,
    "",
    es ? `  1. Lee el enunciado:        pytutor show ${spec.id}` : `  1. Read the statement:      pytutor show ${spec.id}`,
    es ? `  2. Escribe tu solución en:  ${shown(file.path)}` : `  2. Write your solution in:  ${shown(file.path)}`,
    es ? `  3. Compruébala:             pytutor check ${spec.id}` : `  3. Check it:                pytutor check ${spec.id}`,
    es ? `  ¿Atascado?                  pytutor hint ${spec.id}` : `  Stuck?                      pytutor hint ${spec.id}`,
  ];
  if (file.kind === "missing") {
    lines.push("", c.yellow(es ? `Falta ${shown(file.path)}: \`pytutor reset ${spec.id}\` pone la plantilla.` : `${shown(file.path)} is missing: \`pytutor reset ${spec.id}\` puts the template there.`));
  }
  lines.push("", c.dim(progressLine(state, exercises, lang)));
  return `${lines.join("\n")}\n`;
}
