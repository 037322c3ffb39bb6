// A teacher's new exercise, ready to edit: the folder holds a spec in one
// language (Spanish, or English), its statement, a starter, a solution and one
// known-wrong variant, and `pytutor verify <id>` passes on it at once. Never
// writes over a folder that is already there.
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { both, type Lang } from "../i18n/lang.js";
import { packageRoot } from "../paths.js";
import { builtinExercisesDir } from "../context/catalogue.js";
import { PytutorError } from "../errors.js";
import { aliasFor, checkExerciseId, DEFAULT_EXERCISES_FOLDER, english, learnerFileFor, spanish, type Scaffold } from "./scaffold.js";
import type { GlobalOptions } from "../options.js";

// The teacher's exercises folder: the one named on the command line, else
// PYTUTOR_EXERCISES, else ./ejercicios.
export function targetFolder(options: GlobalOptions): { root: string; flag: string } {
  if (options.onlyExercises !== undefined) return { root: resolve(options.onlyExercises), flag: "--only-exercises" };
  const named = options.exercises ?? (process.env.PYTUTOR_EXERCISES || undefined);
  return { root: resolve(named ?? DEFAULT_EXERCISES_FOLDER), flag: "--exercises" };
}

// Whether the new exercise's names would clash with an exercise it will be listed with.
export async function clashWith(root: string, builtin: boolean, id: string, alias: string, file: string): Promise<string | undefined> {
  const { loadCatalog } = await import("../catalog/load.js");
  const folders = [...(builtin && resolve(root) !== resolve(builtinExercisesDir()) ? [builtinExercisesDir()] : []), ...(existsSync(root) ? [root] : [])];
  for (const folder of folders) {
    for (const { spec, specFile } of loadCatalog(folder).exercises) {
      const taken = [spec.id, spec.alias].find((n) => n === id || n === alias) ?? (spec.file === file ? file : undefined);
      if (taken !== undefined) return `«${taken}» → ${specFile}`;
    }
  }
  return undefined;
}

// What was created: where, under which flag the teacher names the folder, and the files.
export type Created = { root: string; dir: string; flag: string; scaffold: Scaffold };

// Creates the exercise `id` in the teacher's folder, or says why it cannot.
export async function createExercise(id: string, options: GlobalOptions, lang: Lang): Promise<Created> {
  checkExerciseId(id);
  const { root, flag } = targetFolder(options);
  const dir = join(root, id);
  if (existsSync(dir)) {
    throw new PytutorError(
      both(
        `ya existe ${dir}; no escribo encima. Elige otro nombre, o borra esa carpeta si quieres empezar de cero.`,
        `${dir} already exists; it is not overwritten. Choose another name, or delete that folder to start from scratch.`,
      ),
      "bad-input",
    );
  }
  if (existsSync(root) && !statSync(root).isDirectory()) {
    throw new PytutorError(both(`${root} no es una carpeta.`, `${root} is not a folder.`), "bad-input");
  }
  const alias = aliasFor(id);
  const file = learnerFileFor(id);
  const clash = await clashWith(root, flag === "--exercises", id, alias, file);
  if (clash !== undefined) {
    throw new PytutorError(
      both(
        `el nombre ya lo usa otro ejercicio (${clash}); elige otro${flag === "--exercises" ? ", o usa --only-exercises para dejar fuera los ejercicios incluidos" : ""}.`,
        `the name is already used by another exercise (${clash}); choose another${flag === "--exercises" ? ", or use --only-exercises to leave the built-in exercises out" : ""}.`,
      ),
      "bad-input",
    );
  }
  const { loadCatalog } = await import("../catalog/load.js");
  const order = existsSync(root) ? Math.max(0, ...loadCatalog(root).exercises.map((e) => e.spec.order)) + 1 : 1;
  // Relative inside pytutor's own folder (as the built-in exercises have it), else a file URL.
  const schemaFile = join(packageRoot(), "schema", "exercise.schema.json");
  const inside = !relative(packageRoot(), dir).startsWith("..");
  const schemaPath = inside ? relative(dir, schemaFile).split("\\").join("/") : pathToFileURL(schemaFile).href;
  const scaffold = (lang === "en" ? english : spanish)(id, alias, order, file, schemaPath);
  try {
    mkdirSync(root, { recursive: true });
    mkdirSync(dir);
    mkdirSync(join(dir, "variants"));
    for (const [name, text] of Object.entries(scaffold.files)) writeFileSync(join(dir, name), text, { flag: "wx" });
  } catch (error) {
    // A half-written exercise would be a broken spec in the teacher's catalogue.
    if (existsSync(join(dir, "exercise.yaml"))) rmSync(dir, { recursive: true, force: true });
    throw new PytutorError(both(`no puedo crear ${dir}: ${(error as Error).message}`, `cannot create ${dir}: ${(error as Error).message}`), "bad-input");
  }
  return { root, dir, flag, scaffold };
}
