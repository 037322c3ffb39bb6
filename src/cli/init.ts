// `pytutor init [folder]`: the learner's workspace, one starter per exercise,
// a README and the progress file. Never overwrites a file that is already there.
import { constants, copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { both, count, type Lang } from "../i18n/lang.js";
import type { Exercise } from "../spec/exercise.js";
import { findWorkspace, workspaceAt } from "../workspace/find.js";
import { countDone, entryFor } from "../workspace/state.js";
import { updateState } from "../workspace/workspace.js";
import { loadExercises } from "../context/catalogue.js";
import { PytutorError } from "../errors.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";
import { shown, stateOptions } from "../workspace/shared.js";

export const DEFAULT_FOLDER = "pytutor-ejercicios";

function readme(exercises: Exercise[], lang: Lang): string {
  const first = exercises[0]?.spec.id ?? "ejercicio1";
  if (lang === "en") {
    return `# My «Python Avanzado» exercises

This is your pytutor workspace: one file per exercise (\`${exercises[0]?.spec.file ?? "ejercicio1.py"}\`, …), each
starting from its template. Your progress is kept in \`.pytutor/state.json\`.

From this folder (or any folder inside it):

| command | what it does |
| --- | --- |
| \`pytutor\` | opens a menu with everything below |
| \`pytutor next\` | tells you which exercise is next and what to do |
| \`pytutor show ${first}\` | the statement |
| \`pytutor check\` | checks your file of the current exercise (or \`pytutor check ${first}\`) |
| \`pytutor watch\` | checks it again every time you save |
| \`pytutor hint\` | the next hint, from gentle to explicit |
| \`pytutor list\` | your progress |
| \`pytutor solution ${first}\` | the reference solution, once you have passed it |
| \`pytutor reset ${first}\` | back to the template (a copy of yours goes to \`.pytutor/backups/\`) |

Add \`--lang es\` for Spanish.
`;
  }
  return `# Mis ejercicios de «Python Avanzado»

Este es tu espacio de trabajo de pytutor: un archivo por ejercicio (\`${exercises[0]?.spec.file ?? "ejercicio1.py"}\`, …),
cada uno con su plantilla para empezar. Tu progreso se guarda en \`.pytutor/state.json\`.

Desde esta carpeta (o cualquiera de dentro):

| orden | qué hace |
| --- | --- |
| \`pytutor\` | abre un menú con todo lo de abajo |
| \`pytutor next\` | te dice qué ejercicio toca y qué hacer |
| \`pytutor show ${first}\` | el enunciado |
| \`pytutor check\` | comprueba tu archivo del ejercicio actual (o \`pytutor check ${first}\`) |
| \`pytutor watch\` | lo vuelve a comprobar cada vez que guardas |
| \`pytutor hint\` | la siguiente pista, de suave a explícita |
| \`pytutor list\` | tu progreso |
| \`pytutor solution ${first}\` | la solución de referencia, cuando ya lo hayas superado |
| \`pytutor reset ${first}\` | vuelve a la plantilla (guarda una copia del tuyo en \`.pytutor/backups/\`) |

Añade \`--lang en\` para verlo en inglés.
`;
}

// Creates `path` from `write` unless something is already there: true when created.
function createOnly(path: string, write: () => void): boolean {
  try {
    write();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    const message = (error as Error).message;
    throw new PytutorError(both(`no puedo crear ${path}: ${message}`, `cannot create ${path}: ${message}`), "bad-input");
  }
}

export async function runInit(folder: string | undefined, options: GlobalOptions, lang: Lang): Promise<number> {
  const exercises = await loadExercises(options);
  // With no folder, inside a workspace, init means that workspace.
  const inside = folder === undefined ? findWorkspace() : undefined;
  const root = inside?.root ?? resolve(folder ?? DEFAULT_FOLDER);
  if (existsSync(root) && !statSync(root).isDirectory()) {
    throw new PytutorError(both(`«${shown(root)}» ya existe y no es una carpeta.`, `«${shown(root)}» already exists and is not a folder.`), "bad-input");
  }
  try {
    mkdirSync(root, { recursive: true });
  } catch (error) {
    const message = (error as Error).message;
    throw new PytutorError(both(`no puedo crear la carpeta ${root}: ${message}`, `cannot create the folder ${root}: ${message}`), "bad-input");
  }
  const ws = workspaceAt(root);
  const wasWorkspace = existsSync(ws.statePath);

  // The state first: a workspace from a newer pytutor, or one that cannot be
  // read, stops here before any file is written.
  const { state } = await updateState(ws, stateOptions(lang, exercises), (s) => {
    for (const { spec } of exercises) entryFor(s, spec.id);
    if (options.lang === "es" || options.lang === "en") s.lang = options.lang;
  });

  const added: string[] = [];
  const kept: string[] = [];
  for (const { spec, dir } of exercises) {
    const target = join(root, spec.file);
    if (createOnly(target, () => copyFileSync(join(dir, spec.starter), target, constants.COPYFILE_EXCL))) added.push(spec.file);
    else kept.push(spec.file);
  }
  const readmePath = join(root, "README.md");
  if (createOnly(readmePath, () => writeFileSync(readmePath, readme(exercises, state.lang), { flag: "wx" }))) added.push("README.md");
  else kept.push("README.md");

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
