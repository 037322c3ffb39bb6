// What several commands need: the catalogue, one exercise, the learner's file, CPython.
import { existsSync, lstatSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { both, type Lang, type Text } from "../i18n/lang.js";
import { findExercise, type Exercise } from "../spec/exercise.js";
import { readCatalogCache, writeCatalogCache } from "../spec/catalog-cache.js";
import { formatIssue, type SpecIssue } from "../spec/format-issue.js";
import { findPython, PythonNotFoundError, type PythonInfo } from "../python/find.js";
import type { RunLimits } from "../runner/run.js";
import { PytutorError } from "../errors.js";
import { detectIsolation, type Isolation } from "../runner/sandbox.js";
import { packageRoot } from "../paths.js";
import type { GlobalOptions } from "./main.js";

export function builtinExercisesDir(): string {
  return join(packageRoot(), "exercises");
}

// The folders the catalogue is made of, in order: the built-in exercises, then
// the teacher's (`--exercises`, or PYTUTOR_EXERCISES); `--only-exercises`
// leaves the built-in ones out.
export function catalogueDirs(options: GlobalOptions): Array<{ dir: string; builtin: boolean }> {
  const added = options.exercises ?? (options.onlyExercises === undefined ? process.env.PYTUTOR_EXERCISES || undefined : undefined);
  const dirs = [
    ...(options.onlyExercises === undefined ? [{ dir: builtinExercisesDir(), builtin: true }] : [{ dir: resolve(options.onlyExercises), builtin: false }]),
    ...(added !== undefined ? [{ dir: resolve(added), builtin: false }] : []),
  ];
  return dirs.filter((d, i) => dirs.findIndex((o) => o.dir === d.dir) === i);
}

// The teacher's folder when there is one, else the built-in one (for messages).
export function exercisesDir(options: GlobalOptions): string {
  const dirs = catalogueDirs(options);
  return (dirs.find((d) => !d.builtin) ?? dirs[0] ?? { dir: builtinExercisesDir() }).dir;
}

function specProblems(dir: string, issues: SpecIssue[]): PytutorError {
  return new PytutorError(
    both(
      `hay ${issues.length === 1 ? "un problema" : `${issues.length} problemas`} en los ejercicios de ${dir}; corrígelos (\`pytutor schema\` da el formato):`,
      `${issues.length === 1 ? "one problem" : `${issues.length} problems`} in the exercises of ${dir}; fix them (\`pytutor schema\` gives the format):`,
    ),
    "bad-input",
    issues.map((issue) => ({ es: formatIssue(issue, "es"), en: formatIssue(issue, "en") })),
  );
}

// One folder of the catalogue: its course's title and its valid exercises.
export type CatalogueSource = { dir: string; builtin: boolean; course: Text; exercises: Exercise[] };

export type Catalogue = { dir: string; sources: CatalogueSource[]; exercises: Exercise[]; issues: SpecIssue[] };

// The valid exercises of every folder and the problems of the others (a broken
// spec must not stop a learner from checking a different exercise). Two
// folders holding the same id, alias or file name, or a folder with no
// exercise at all, is an error whatever the command.
// `fresh`: never from the cache (grade: a cache file is something a run
// without a sandbox could have rewritten).
export async function loadCatalogue(options: GlobalOptions, fresh = false): Promise<Catalogue> {
  const sources: CatalogueSource[] = [];
  const issues: SpecIssue[] = [];
  for (const { dir, builtin } of catalogueDirs(options)) {
    const cached = fresh ? undefined : readCatalogCache(dir);
    if (cached) {
      sources.push({ dir, builtin, ...cached });
      continue;
    }
    const { loadCatalog, loadCourseTitle } = await import("../spec/load.js");
    const loaded = loadCatalog(dir);
    const course = loadCourseTitle(dir);
    const found = [...loaded.issues, ...course.issues];
    if (found.length === 0) writeCatalogCache(dir, { exercises: loaded.exercises, course: course.title });
    if (found.length === 0 && loaded.exercises.length === 0) throw noExercises(dir);
    issues.push(...found);
    sources.push({ dir, builtin, course: course.title, exercises: loaded.exercises });
  }
  const dir = exercisesDir(options);
  if (sources.length === 1) return { dir, sources, exercises: sources[0]?.exercises ?? [], issues };
  const { mergeCatalogs } = await import("../spec/load.js");
  const { exercises, clashes } = mergeCatalogs(sources);
  if (clashes.length > 0) {
    throw new PytutorError(
      both("hay ejercicios con el mismo nombre en dos carpetas:", "there are exercises with the same name in two folders:"),
      "bad-input",
      clashes.map((issue) => ({ es: formatIssue(issue, "es"), en: formatIssue(issue, "en") })),
    );
  }
  return { dir, sources, exercises, issues };
}

// The whole catalogue, or a PytutorError listing every spec problem, or saying there is none.
export async function loadValidCatalogue(options: GlobalOptions, fresh = false): Promise<Catalogue> {
  const catalogue = await loadCatalogue(options, fresh);
  if (catalogue.issues.length > 0) throw specProblems(catalogue.dir, catalogue.issues);
  if (catalogue.exercises.length === 0) throw noExercises(catalogue.dir);
  return catalogue;
}

// Every exercise, or a PytutorError listing every spec problem, or saying there is none.
export async function loadExercises(options: GlobalOptions, fresh = false): Promise<Exercise[]> {
  return (await loadValidCatalogue(options, fresh)).exercises;
}

// What a reader of an exercise in a language it is not (wholly) written in is told, once.
export function untranslatedNote(exercise: Exercise, lang: Lang): string | undefined {
  const missing = exercise.untranslated?.[lang];
  if (missing === undefined) return undefined;
  if (lang === "es") return missing === "whole" ? "(este ejercicio solo está en inglés)" : "(parte de este ejercicio solo está en inglés)";
  return missing === "whole" ? "(this exercise is only in Spanish)" : "(part of this exercise is only in Spanish)";
}

// A catalogue folder with no exercise in it is a mistake (a wrong --exercises),
// never an empty success: nothing would have been checked.
export function noExercises(dir: string): PytutorError {
  return new PytutorError(
    both(
      `no hay ningún ejercicio en ${dir}: cada ejercicio es una carpeta con su exercise.yaml. ¿Es la carpeta correcta? (\`--exercises CARPETA\`)`,
      `there is no exercise in ${dir}: each exercise is a folder with its exercise.yaml. Is it the right folder? (\`--exercises FOLDER\`)`,
    ),
    "bad-input",
  );
}

export async function getExercise(options: GlobalOptions, name: string, lang: "es" | "en" = "es"): Promise<Exercise> {
  const { dir, exercises, issues } = await loadCatalogue(options);
  const found = findExercise(exercises, name);
  if (found) {
    const note = untranslatedNote(found, lang);
    if (note !== undefined) process.stderr.write(`pytutor: ${note}\n`);
    if (issues.length > 0) {
      const files = [...new Set(issues.map((i) => i.file))].join(", ");
      process.stderr.write(
        lang === "es"
          ? `pytutor: aviso: otros ejercicios tienen problemas en su spec (${files}); \`pytutor doctor\` los detalla.\n`
          : `pytutor: warning: other exercises have spec problems (${files}); \`pytutor doctor\` details them.\n`,
      );
    }
    return found;
  }
  if (issues.length > 0) throw specProblems(dir, issues);
  const known = exercises.map((e) => `${e.spec.id} (${e.spec.alias})`).join(", ");
  throw new PytutorError(
    both(`no existe el ejercicio «${name}». Los que hay: ${known}. Usa \`pytutor list\`.`, `there is no exercise «${name}». Available: ${known}. Run \`pytutor list\`.`),
  );
}

const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/m;

// The learner's file, checked before anything runs: it exists, is a file, has
// content, and its bytes are text Python can read. Inside a workspace
// (`workspaceRoot`), the default file is the one at the workspace's root, and
// that file must be a real file, not a symbolic link.
export function learnerFile(exercise: Exercise, file: string | undefined, workspaceRoot?: string): string {
  const path = resolve(file ?? join(workspaceRoot ?? process.cwd(), exercise.spec.file));
  const shown = file ?? (workspaceRoot ? relative(process.cwd(), path) : exercise.spec.file);
  if (workspaceRoot && path === join(resolve(workspaceRoot), exercise.spec.file)) workspaceFileChecks(exercise, path, shown);
  if (!existsSync(path)) {
    throw new PytutorError(
      file
        ? both(`no existe el archivo «${shown}».`, `the file «${shown}» does not exist.`)
        : both(
            `no encuentro «${exercise.spec.file}» en ${process.cwd()}. Crea ese archivo o indica el tuyo: \`pytutor check ${exercise.spec.id} ruta/al/archivo.py\`.`,
            `cannot find «${exercise.spec.file}» in ${process.cwd()}. Create that file or name yours: \`pytutor check ${exercise.spec.id} path/to/file.py\`.`,
          ),
    );
  }
  const stat = statSync(path);
  if (stat.isDirectory()) {
    throw new PytutorError(both(`«${shown}» es una carpeta; indica el archivo .py de tu solución.`, `«${shown}» is a folder; name your solution's .py file.`));
  }
  if (!stat.isFile()) throw new PytutorError(both(`«${shown}» no es un archivo normal.`, `«${shown}» is not a regular file.`));
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new PytutorError(both(`no puedo leer «${shown}»: ${(error as Error).message}`, `cannot read «${shown}»: ${(error as Error).message}`));
  }
  if (bytes.toString("latin1").trim() === "") {
    throw new PytutorError(
      both(
        `«${shown}» está vacío. Escribe tu solución (\`pytutor show ${exercise.spec.id}\` muestra el enunciado).`,
        `«${shown}» is empty. Write your solution (\`pytutor show ${exercise.spec.id}\` shows the statement).`,
      ),
    );
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const head = bytes.subarray(0, 400).toString("latin1").split("\n").slice(0, 2).join("\n");
    if (!CODING_COOKIE.test(head)) {
      throw new PytutorError(
        both(
          `«${shown}» no está guardado en UTF-8 (Python no lo leerá). Guárdalo como UTF-8 desde tu editor.`,
          `«${shown}» is not saved as UTF-8 (Python will not read it). Save it as UTF-8 from your editor.`,
        ),
      );
    }
  }
  return path;
}

function workspaceFileChecks(exercise: Exercise, path: string, shown: string): void {
  let link = false;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch {
    throw new PytutorError(
      both(
        `falta tu archivo «${shown}» en el espacio de trabajo (¿lo borraste o lo moviste?). \`pytutor reset ${exercise.spec.id}\` vuelve a poner la plantilla.`,
        `your file «${shown}» is missing from the workspace (deleted or moved?). \`pytutor reset ${exercise.spec.id}\` puts the starter back.`,
      ),
    );
  }
  if (link) {
    let target = "";
    try {
      target = ` → ${readlinkSync(path)}`;
    } catch {
      /* unreadable link: said without its target */
    }
    throw new PytutorError(
      both(
        `«${shown}» es un enlace simbólico${target}, no un archivo. pytutor no sigue enlaces en tu espacio de trabajo: borra el enlace y copia ahí el archivo.`,
        `«${shown}» is a symbolic link${target}, not a file. pytutor does not follow links in your workspace: delete the link and copy the file there instead.`,
      ),
    );
  }
}

export async function getPython(options: GlobalOptions): Promise<PythonInfo> {
  try {
    const flag = options.python?.at(-1);
    return await findPython(flag ? { flag } : {});
  } catch (error) {
    if (!(error instanceof PythonNotFoundError)) throw error;
    const tried = error.attempts.map((a) => both(`${a.candidate}: ${a.outcome.es}`, `${a.candidate}: ${a.outcome.en}`));
    if (error.reason === "too-old" && error.found) {
      throw new PytutorError(
        both(
          `encontré Python ${error.found.version} (${error.found.executable}), pero pytutor necesita CPython 3.8 o más nuevo. Instala uno (https://www.python.org/downloads/, o \`sudo apt install python3\`) y elígelo con \`--python RUTA\` o PYTUTOR_PYTHON.`,
          `found Python ${error.found.version} (${error.found.executable}), but pytutor needs CPython 3.8 or newer. Install one (https://www.python.org/downloads/, or \`sudo apt install python3\`) and choose it with \`--python PATH\` or PYTUTOR_PYTHON.`,
        ),
        "bad-input",
        tried,
      );
    }
    throw new PytutorError(
      both(
        "no encuentro CPython 3.8 o más nuevo. Instálalo (https://www.python.org/downloads/, o `sudo apt install python3`) o indica cuál usar con `--python RUTA` o la variable PYTUTOR_PYTHON. Probé:",
        "cannot find CPython 3.8 or newer. Install it (https://www.python.org/downloads/, or `sudo apt install python3`) or choose one with `--python PATH` or the PYTUTOR_PYTHON variable. Tried:",
      ),
      "bad-input",
      tried,
    );
  }
}

export function parseSeconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 3600) {
    throw new PytutorError(
      both(`--timeout necesita un número de segundos entre 0 y 3600, no «${value}».`, `--timeout needs a number of seconds between 0 and 3600, not «${value}».`),
    );
  }
  return n;
}

const LIMIT_NAMES = {
  cpu: "cpuSeconds",
  memory: "memoryMb",
  processes: "processes",
  "file-size": "fileSizeMb",
  "open-files": "openFiles",
} as const;

// --limit cpu=10 --limit memory=256 …: overrides of the exercise's limits.
export function parseLimits(entries: string[] | undefined): Partial<RunLimits> {
  const limits: Partial<RunLimits> = {};
  for (const entry of entries ?? []) {
    const [name = "", text = ""] = entry.split("=", 2);
    const key = (LIMIT_NAMES as Record<string, keyof RunLimits>)[name.trim()];
    const value = Number(text);
    if (!key || !Number.isFinite(value) || value <= 0 || (key !== "cpuSeconds" && !Number.isInteger(value)) || (key === "openFiles" && value < 16)) {
      throw new PytutorError(
        both(
          `--limit necesita «nombre=valor» con un valor positivo; nombres: ${Object.keys(LIMIT_NAMES).join(", ")} (cpu en segundos, memory y file-size en MB). No «${entry}».`,
          `--limit needs «name=value» with a positive value; names: ${Object.keys(LIMIT_NAMES).join(", ")} (cpu in seconds, memory and file-size in MB). Not «${entry}».`,
        ),
      );
    }
    limits[key] = value;
  }
  return limits;
}

// `check --sandbox`: the isolation, or a clear refusal where there is none.
export function requireSandbox(): Extract<Isolation, { mode: "sandbox" }> {
  const isolation = detectIsolation();
  if (isolation.mode === "sandbox") return isolation;
  throw new PytutorError(both(`--sandbox no es posible: ${isolation.reason.es}.`, `--sandbox is not possible: ${isolation.reason.en}.`));
}

// A whole number from 1 to max for a flag, or the fallback when it is absent.
export function positiveInt(value: string | undefined, flag: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new PytutorError(both(`${flag} necesita un entero entre 1 y ${max}, no «${value}».`, `${flag} needs a whole number from 1 to ${max}, not «${value}».`));
  }
  return n;
}
