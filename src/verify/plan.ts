// What `pytutor verify` is asked for, checked before anything runs: a valid
// catalogue, the exercises named, the CPythons, the files the filters leave.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Lang } from "../i18n/lang.js";
import { both, count } from "../i18n/lang.js";
import { findExercise, type Exercise } from "../catalog/exercise.js";
import { formatIssue, type SpecIssue } from "../catalog/load.js";
import { discoverPythons } from "../python/discover.js";
import type { PythonInfo } from "../python/find.js";
import { getPython } from "../context/python.js";
import { noExercises } from "../context/catalogue.js";
import { PytutorError } from "../errors.js";
import { targetsOf } from "./verify.js";

// The exercises to verify: every one, or those named; refused when any spec is not valid.
export function verifiedExercises(catalogue: { dir: string; exercises: Exercise[]; issues: SpecIssue[] }, names: string[]): Exercise[] {
  const { dir, exercises: all, issues } = catalogue;
  if (issues.length > 0) {
    throw new PytutorError(
      both(`la spec no es válida: ${count(issues.length, "problema", "problemas")} en ${dir}:`, `the specs are not valid: ${count(issues.length, "problem", "problems")} in ${dir}:`),
      "bad-input",
      issues.map((issue) => ({ es: formatIssue(issue, "es"), en: formatIssue(issue, "en") })),
    );
  }
  if (all.length === 0) throw noExercises(dir);
  if (names.length === 0) return all;
  return names.map((name) => {
    const found = findExercise(all, name);
    if (!found) throw new PytutorError(both(`no existe el ejercicio «${name}». Usa \`pytutor list\`.`, `there is no exercise «${name}». Run \`pytutor list\`.`));
    return found;
  });
}

// --all-pythons and every --python, once each; the usual CPython when neither is given.
export async function choosePythons(options: { allPythons?: boolean; python?: string[] }): Promise<PythonInfo[]> {
  const chosen: PythonInfo[] = [];
  if (options.allPythons) chosen.push(...(await discoverPythons()));
  for (const path of options.python ?? []) chosen.push(await getPython({ python: [path] }));
  if (chosen.length === 0) chosen.push(await getPython({}));
  const unique = new Map(chosen.map((p) => [`${p.executable}|${p.version}`, p]));
  if (unique.size === 0) {
    throw new PytutorError(both("--all-pythons no encontró ningún CPython 3.8 o más nuevo.", "--all-pythons found no CPython 3.8 or newer."));
  }
  return [...unique.values()];
}

// Which of each exercise's files (relative to its folder) to run: --only-files
// and --skip-files, comma-separated prefixes. A filter that leaves nothing to
// run is refused: it would print a vacuous «all correct».
export function fileFilter(exercises: Exercise[], onlyFiles: string | undefined, skipFiles: string | undefined): (file: string) => boolean {
  const prefixes = (text: string | undefined) => (text ?? "").split(",").map((p) => p.trim()).filter(Boolean);
  const only = prefixes(onlyFiles);
  const skip = prefixes(skipFiles);
  const select = (file: string) => (only.length === 0 || only.some((p) => file.startsWith(p))) && !skip.some((p) => file.startsWith(p));
  if (!exercises.some((exercise) => targetsOf(exercise).some((target) => select(target.file)))) {
    throw new PytutorError(both(
      `ningún archivo de los ejercicios elegidos cumple --only-files/--skip-files; no queda nada que verificar`,
      `no file of the chosen exercises matches --only-files/--skip-files; nothing is left to verify`,
    ));
  }
  return select;
}

// A report file (--junit): written, or a clear refusal naming it.
export function writeReport(file: string, text: string): void {
  try {
    writeFileSync(resolve(file), text);
  } catch (error) {
    throw new PytutorError(both(`no puedo escribir ${file}: ${(error as Error).message}`, `cannot write ${file}: ${(error as Error).message}`));
  }
}

// The progress line on stderr while verify runs.
export function verifyingText(done: number, total: number, lang: Lang): string {
  return `\r${lang === "es" ? "verificando" : "verifying"} ${done}/${total}…`;
}
