// The catalogue of exercises a command sees: the folders it is made of, the valid
// exercises, every spec problem with its path, and one exercise by name.
import { join, resolve } from "node:path";
import { both, type Lang, type Text } from "../i18n/lang.js";
import { findExercise, type Exercise } from "../catalog/exercise.js";
import { catalogIdentities, readCachedExercise, readCachedIds, readCatalogCache, writeCatalogCache } from "../catalog/catalog-cache.js";
import { cacheDisabled } from "../cache-dir.js";
import { formatIssue, type SpecIssue } from "../catalog/format-issue.js";
import { PytutorError } from "../errors.js";
import { packageRoot } from "../paths.js";
import type { GlobalOptions } from "../options.js";

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
    const identities = fresh || cacheDisabled() ? undefined : catalogIdentities(dir);
    const { loadCatalog, loadCourseTitle } = await import("../catalog/load.js");
    const loaded = loadCatalog(dir);
    const course = loadCourseTitle(dir);
    const found = [...loaded.issues, ...course.issues];
    if (found.length === 0 && identities !== undefined) writeCatalogCache(dir, { exercises: loaded.exercises, course: course.title }, identities);
    if (found.length === 0 && loaded.exercises.length === 0) throw noExercises(dir);
    issues.push(...found);
    sources.push({ dir, builtin, course: course.title, exercises: loaded.exercises });
  }
  const dir = exercisesDir(options);
  if (sources.length === 1) return { dir, sources, exercises: sources[0]?.exercises ?? [], issues };
  const { mergeCatalogs } = await import("../catalog/load.js");
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

// The ids of every exercise, in the catalogue's order: from the cache's index
// when there is one folder and it is there, else from the whole catalogue.
export async function exerciseIds(options: GlobalOptions): Promise<string[]> {
  const dirs = catalogueDirs(options);
  const cached = dirs.length === 1 && dirs[0] !== undefined ? readCachedIds(dirs[0].dir) : undefined;
  return cached ?? (await loadExercises(options)).map((e) => e.spec.id);
}

// Where a command says a passing remark (not an error): the CLI writes it on stderr.
export type Warn = (line: string) => void;

// The exercise `name` means (its id, alias or number); notes on the way go to `warn`.
export async function getExercise(options: GlobalOptions, name: string, lang: Lang, warn: Warn): Promise<Exercise> {
  // One folder (no teacher's folder to merge with): the exercise alone from the cache, when it is there.
  const dirs = catalogueDirs(options);
  const alone = dirs.length === 1 && dirs[0] !== undefined ? readCachedExercise(dirs[0].dir, name) : undefined;
  const { dir, exercises, issues } = alone !== undefined ? { dir: exercisesDir(options), exercises: [alone], issues: [] } : await loadCatalogue(options);
  const found = findExercise(exercises, name);
  if (found) {
    const note = untranslatedNote(found, lang);
    if (note !== undefined) warn(note);
    if (issues.length > 0) {
      const files = [...new Set(issues.map((i) => i.file))].join(", ");
      warn(
        lang === "es"
          ? `aviso: otros ejercicios tienen problemas en su spec (${files}); \`pytutor doctor\` los detalla.`
          : `warning: other exercises have spec problems (${files}); \`pytutor doctor\` details them.`,
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
