// The init policy: a workspace is its state plus one starter per exercise and a
// README; init completes an existing one and never writes over a file.
import { constants, copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { both, type Lang } from "../i18n/lang.js";
import type { Exercise } from "../catalog/exercise.js";
import { findWorkspace, workspaceAt } from "./find.js";
import { entryFor, type State } from "./state.js";
import { updateState } from "./workspace.js";
import { PytutorError } from "../errors.js";
import type { GlobalOptions } from "../options.js";
import { shown, stateOptions } from "./shared.js";

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

// What init did: the workspace's folder and state, whether it was one already,
// the files it added and those it left alone.
export type Initialized = { root: string; state: State; wasWorkspace: boolean; added: string[]; kept: string[] };

// Creates (or completes) the workspace in `folder`: the state first, then each
// exercise's starter and the README, never over a file already there.
export async function initWorkspace(folder: string | undefined, exercises: Exercise[], options: GlobalOptions, lang: Lang): Promise<Initialized> {
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

  return { root, state, wasWorkspace, added, kept };
}
