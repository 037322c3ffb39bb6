// `pytutor next`: moves the workspace on to the next pending exercise and says what to do.
import { DIFFICULTY } from "../workspace/progress-view.js";
import type { Lang } from "../i18n/lang.js";
import { makeChalk } from "../report/style.js";
import { loadExercises } from "../context/catalogue.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";
import { moveToNext, needWorkspace, progressLine, shown, workspaceFile } from "../workspace/shared.js";

export async function runNext(options: GlobalOptions, lang: Lang): Promise<number> {
  const ws = needWorkspace("next");
  const exercises = await loadExercises(options);
  const ids = exercises.map((e) => e.spec.id);
  const { state, ...result } = await moveToNext(ws, exercises, lang);
  const c = makeChalk();
  const es = lang === "es";
  const exercise = exercises.find((e) => e.spec.id === result.id);
  if (!exercise) {
    process.stdout.write(
      es
        ? `${c.green("¡Enhorabuena!")} Has superado ${exercises.length === 1 ? "el ejercicio" : `los ${exercises.length} ejercicios`} de «Python Avanzado».\nCompara tus soluciones con las de referencia (\`pytutor solution ${ids[0] ?? "ejercicio1"}\`) o repasa cualquier enunciado con \`pytutor show\`.\n`
        : `${c.green("Congratulations!")} You have passed ${exercises.length === 1 ? "the exercise" : `all ${exercises.length} exercises`} of «Python Avanzado».\nCompare your solutions with the reference ones (\`pytutor solution ${ids[0] ?? "ejercicio1"}\`) or review any statement with \`pytutor show\`.\n`,
    );
    return EXIT.ok;
  }
  const { spec } = exercise;
  const file = workspaceFile(ws, exercise);
  const lines: string[] = [];
  const only = result.previous === spec.id;
  lines.push(
    `${c.bold(es ? (only ? "Te queda uno:" : "Siguiente:") : only ? "One left:" : "Next:")} ${c.bold(spec.id)} ${c.dim(`(${spec.alias})`)} · ${spec.title[lang]} ${c.dim(`· ${DIFFICULTY[lang][spec.difficulty]}`)}`,
  );
  lines.push("");
  lines.push(es ? `  1. Lee el enunciado:        pytutor show ${spec.id}` : `  1. Read the statement:      pytutor show ${spec.id}`);
  lines.push(es ? `  2. Escribe tu solución en:  ${shown(file.path)}` : `  2. Write your solution in:  ${shown(file.path)}`);
  lines.push(es ? `  3. Compruébala:             pytutor check ${spec.id}` : `  3. Check it:                pytutor check ${spec.id}`);
  lines.push(es ? `  ¿Atascado?                  pytutor hint ${spec.id}` : `  Stuck?                      pytutor hint ${spec.id}`);
  if (file.kind === "missing") {
    lines.push("", c.yellow(es ? `Falta ${shown(file.path)}: \`pytutor reset ${spec.id}\` pone la plantilla.` : `${shown(file.path)} is missing: \`pytutor reset ${spec.id}\` puts the template there.`));
  }
  lines.push("", c.dim(progressLine(state, exercises, lang)));
  process.stdout.write(`${lines.join("\n")}\n`);
  return EXIT.ok;
}
